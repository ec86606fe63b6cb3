package vn.coordreport.files;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This process as file names carry it, and whether another process of this host is still alive. */
final class Processes {

    static final long PID = ProcessHandle.current().pid();

    /** This host's name, reduced to letters, digits, dots and dashes. */
    static final String HOST = host();

    private Processes() {
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The pid in a name such as {@code .partial-1234-99.tmp} after the prefix, or -1. */
    static long pidAfter(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return -1;
        }
        int end = prefix.length();
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == prefix.length() ? -1 : Long.parseLong(name.substring(prefix.length(), end));
    }

    private static String host() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            name = "localhost";
        }
        String clean = name.replaceAll("[^A-Za-z0-9.-]", "_");
        return clean.isEmpty() ? "localhost" : clean;
    }
}

package vn.coordreport.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A key's password or PIN: the first line of standard input, or typed at the console without echo. */
final class Secrets {

    private Secrets() {
    }

    static char[] read(boolean fromStdin, String prompt) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException("--password-stdin: standard input has no password or PIN");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException("--password-stdin: standard input cannot be read: " + e.getMessage());
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("give the key's password or PIN with --password-stdin (no console to "
                    + "type it at)");
        }
        char[] typed = console.readPassword("%s: ", prompt);
        if (typed == null || typed.length == 0) {
            throw new IllegalArgumentException("no password or PIN was typed");
        }
        return typed;
    }
}

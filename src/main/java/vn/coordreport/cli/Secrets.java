package vn.coordreport.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import vn.coordreport.messages.Messages;

/** A key's password or PIN: the first line of standard input, or typed at the console without echo. */
final class Secrets {

    private Secrets() {
    }

    static char[] read(boolean fromStdin, String prompt) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException(Messages.text("secrets.empty"));
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new IllegalArgumentException(Messages.text("secrets.unreadable", Messages.reason(e)));
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException(Messages.text("secrets.noConsole"));
        }
        char[] typed = console.readPassword("%s: ", prompt);
        if (typed == null || typed.length == 0) {
            throw new IllegalArgumentException(Messages.text("secrets.noneTyped"));
        }
        return typed;
    }
}

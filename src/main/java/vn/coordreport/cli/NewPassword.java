package vn.coordreport.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import vn.coordreport.messages.Messages;
import vn.coordreport.security.UserPasswords;

/**
 * A user's new password, as {@code users add} and {@code users password} take it: from the first line of standard
 * input ({@code --password-stdin}), else typed twice at the console without echo, else (no console) generated, to be
 * printed once.
 */
record NewPassword(String text, boolean generated) {

    static NewPassword read(String username, boolean fromStdin) throws IOException {
        if (fromStdin) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException(Messages.text("users.noPasswordOnStdin"));
            }
            return new NewPassword(line, false);
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", Messages.text("users.passwordPrompt", username));
            char[] again = console.readPassword("%s", Messages.text("users.againPrompt"));
            if (typed == null || !Arrays.equals(typed, again)) {
                throw new IllegalArgumentException(Messages.text("users.passwordsDiffer"));
            }
            return new NewPassword(new String(typed), false);
        }
        return new NewPassword(UserPasswords.random(), true);
    }
}

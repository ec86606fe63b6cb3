package vn.coordreport.cli;

import vn.coordreport.messages.Messages;

/** Checks of an option's value that its type alone does not make (picocli reads any int). */
final class Options {

    private Options() {
    }

    /**
     * @throws IllegalArgumentException naming the option and its range, for a value outside it (a negative
     *                                  {@code --limit} reached PostgreSQL, which refused it in English)
     */
    static void requireBetween(String option, int value, int least, int most) {
        if (value < least || value > most) {
            throw new IllegalArgumentException(Messages.text("cli.outOfRange", option, least, most, value));
        }
    }
}

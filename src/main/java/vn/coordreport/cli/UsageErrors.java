package vn.coordreport.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.coordreport.messages.Messages;

/**
 * picocli's usage errors ("Unknown option: '--password'", "Missing required
 * option …") in the reader's language, naming the option or parameter.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static String describe(ParameterException e, Locale locale) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            String message = unmatched(unmatched.getUnmatched(), e, locale);
            List<String> suggestions = unmatched.getSuggestions();
            String setting = setting(unmatched.getUnmatched(), command(e), locale);
            return suggestions.isEmpty() ? message + setting
                    : message + " " + Messages.text(locale, "cli.usage.didYouMean", String.join(", ", suggestions));
        }
        List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
        if (e instanceof MissingParameterException && !unmatched.isEmpty()) {
            // picocli checks the required options before it refuses the unknown ones: a misspelt option
            // ('--password' for '--password-stdin') is named first, it is the likelier mistake, with what was meant
            // (picocli suggests only in its own refusal of the unknown ones, which never came)
            return describe(new UnmatchedArgumentException(e.getCommandLine(), unmatched), locale)
                    + System.lineSeparator() + missing(e, locale);
        }
        return missing(e, locale);
    }

    private static String unmatched(List<String> unmatched, ParameterException e, Locale locale) {
        // an unknown option's value comes unmatched too ('y' of '--password y'): the option is what to name
        List<String> options = unmatched.stream().filter(a -> a.startsWith("-")).toList();
        PositionalParamSpec numbers = wholeNumbers(e);
        if (options.isEmpty() && numbers != null) {
            // picocli leaves a value that is no number out of a list of numbers ('approve abc'), rather than refuse it
            return Messages.text(locale, wholeNumber(unmatched.get(0)), Messages.text(locale,
                    "cli.usage.invalidParameter", unmatched.get(0), numbers.paramLabel()));
        }
        List<String> named = options.isEmpty() ? unmatched : options;
        return Messages.text(locale, options.isEmpty() ? "cli.usage.unmatched" : "cli.usage.unknownOption",
                quoted(named), named.size(), command(e));
    }

    /** A setting written as Spring Boot's command line takes it, {@code --server.port=8081}. */
    private static final java.util.regex.Pattern SETTING = java.util.regex.Pattern.compile(
            "--([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)=(.*)");

    /**
     * For {@code serve --server.port=8081}, where a setting is set: its environment variable, as configuration.md
     * names them ({@code SERVER_PORT=8081}); nothing for any other unknown argument.
     */
    private static String setting(List<String> unmatched, String command, Locale locale) {
        for (String argument : unmatched) {
            java.util.regex.Matcher m = SETTING.matcher(argument);
            if (m.matches()) {
                String variable = m.group(1).toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
                return " " + Messages.text(locale, "cli.usage.setting", m.group(1), variable + "=" + m.group(2) + " " + command);
            }
        }
        return "";
    }

    /** The command's positional parameter that takes any number of whole numbers ({@code VERSION_ID...}), or null. */
    private static PositionalParamSpec wholeNumbers(ParameterException e) {
        for (PositionalParamSpec p : e.getCommandLine().getCommandSpec().positionalParameters()) {
            Class<?> element = p.auxiliaryTypes().length > 0 ? p.auxiliaryTypes()[0] : p.type();
            if (p.arity().isVariable() && List.of(Long.class, Integer.class, long.class, int.class).contains(element)) {
                return p;
            }
        }
        return null;
    }

    private static String missing(ParameterException e, Locale locale) {
        if (e instanceof MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            if (specs.size() == 1 && specs.get(0).isOption() && String.valueOf(e.getMessage()).contains("for option")) {
                return Messages.text(locale, "cli.usage.missingValue", name(specs.get(0)), specs.get(0).paramLabel());
            }
            boolean options = specs.stream().allMatch(ArgSpec::isOption);
            return Messages.text(locale, options ? "cli.usage.missingOption" : "cli.usage.missingParameter",
                    specs.stream().map(UsageErrors::synopsis).collect(Collectors.joining(", ")), specs.size());
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return Messages.text(locale, "cli.usage.overwritten", name(overwritten.getOverwritten()));
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            // picocli names the group's options in its own words ("... are mutually exclusive (specify only one)")
            List<String> given = e.getCommandLine().getParseResult().matchedOptions().stream()
                    .filter(o -> o.group() != null && o.group().exclusive()).map(OptionSpec::longestName).toList();
            return Messages.text(locale, "cli.usage.exclusive", String.join(", ", given));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return invalidValue(e, e.getArgSpec(), locale);
        }
        return e.getMessage();
    }

    private static String invalidValue(ParameterException e, ArgSpec spec, Locale locale) {
        String value = e.getValue();
        String what = Messages.text(locale, spec.isOption() ? "cli.usage.invalidOption" : "cli.usage.invalidParameter",
                value, name(spec));
        if (spec.converters().length > 0 && e.getCause() instanceof TypeConversionException ours
                && ours.getMessage() != null) {
            // a converter of coordreport's own (a period, a calendar) says what it expects, also of an enum whose
            // constants (DECREE_09) are not what is written (decree-09); picocli's own (an int, an enum) do not
            return what + ": " + ours.getMessage();
        }
        // a list's values (--format pdf,xls) are of its element's type
        Class<?> type = spec.isMultiValue() && spec.auxiliaryTypes().length > 0 ? spec.auxiliaryTypes()[0] : spec.type();
        if (type.isEnum()) {
            String codes = java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return Messages.text(locale, "cli.usage.oneOf", what, codes);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Messages.text(locale, wholeNumber(value), what);
        }
        return what;
    }

    /**
     * What is wrong with a value where a whole number goes: digits that do not fit are a number too large, as the
     * API and the pages say it, not "not a whole number".
     */
    private static String wholeNumber(String value) {
        return String.valueOf(value).matches("-?\\d+") ? "cli.usage.numberTooLarge" : "cli.usage.wholeNumber";
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static String synopsis(ArgSpec spec) {
        return spec instanceof OptionSpec option && option.arity().max() > 0
                ? option.longestName() + " " + option.paramLabel() : name(spec);
    }

    private static String quoted(List<String> arguments) {
        return arguments.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
    }

    private static String command(ParameterException e) {
        return e.getCommandLine().getCommandSpec().qualifiedName(" ");
    }
}

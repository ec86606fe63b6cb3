package vn.coordreport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

import picocli.CommandLine;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.database.SchemaBehind;
import vn.coordreport.files.TempFolders;
import vn.coordreport.messages.LocaleProperties;
import vn.coordreport.messages.Messages;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs one command. The arguments are checked first without starting anything,
 * so {@code --help} and usage errors answer at once; only then is the
 * application (and its database) started and the command executed.
 */
public final class Cli {

    private Cli() {
    }

    /** Runs a command on the console and returns its exit status. */
    public static int run(Class<?> application, String... args) {
        return run(application, CoordreportCommand.class, args);
    }

    /**
     * Runs a command of another command line on the console: {@code commands} is its top, a picocli
     * {@code @Command} whose subcommands are built with their services as coordreport's own are.
     */
    public static int run(Class<?> application, Class<?> commands, String... args) {
        return run(application, commands, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), true, args);
    }

    /** Runs a command, writing to the given streams (tests read them). */
    public static int run(Class<?> application, PrintWriter out, PrintWriter err, String... args) {
        return run(application, CoordreportCommand.class, out, err, args);
    }

    /** Runs a command of another command line, writing to the given streams. */
    public static int run(Class<?> application, Class<?> commands, PrintWriter out, PrintWriter err, String... args) {
        return run(application, commands, out, err, false, args);
    }

    /** {@code ownProcess}: the process ends with the command (the console), rather than a test running several. */
    private static int run(Class<?> application, Class<?> commands, PrintWriter out, PrintWriter err,
            boolean ownProcess, String... args) {
        Locale language = language();
        // what is said before the configuration is read (our converters' messages, a period or a calendar written
        // wrong; a property refused at start-up) is in the language of the usage errors
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(language);
        try {
            return runIn(language, application, commands, out, err, ownProcess, args);
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }

    private static int runIn(Locale language, Class<?> application, Class<?> commands, PrintWriter out,
            PrintWriter err, boolean ownProcess, String... args) {
        CommandLine parser = configure(new CommandLine(commands, new ParseOnlyFactory()), out, err, language);
        boolean lean;
        boolean shortLived;
        Set<Class<?>> invoked;
        try {
            ParseResult parsed = parser.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return ExitCode.OK;
            }
            if (!parsed.hasSubcommand()) {
                parser.usage(err);
                return ExitCode.USAGE;
            }
            if (parsed.subcommand().commandSpec().userObject() instanceof WithoutApplication) {
                parser.setExecutionExceptionHandler(new FailureHandler(null));
                return parser.execute(args);
            }
            DatabaseOnly lightCommand = command(parsed) instanceof DatabaseOnly light ? light : null;
            lean = lightCommand != null && !lightCommand.needsReportEngine();
            shortLived = lean && lightCommand.shortLived();
            invoked = invokedPath(parsed);
        } catch (ParameterException e) {
            err.println(UsageErrors.describe(e, language));
            err.println(Messages.text(language, "cli.tryHelp", commandName(e)));
            return ExitCode.USAGE;
        }
        if (shortLived && ownProcess) {
            ShortCommandCompilation.withoutC2();
        }
        Progress progress = new Progress(err);
        boolean serve = args.length > 0 && args[0].equals("serve");
        if (!serve) {
            // starting takes seconds (the database, its migrations, the report templates; a lean start only the
            // database): say so at once
            progress.say(Messages.text(language, lean ? "cli.progress.startingLean" : "cli.progress.starting"));
        }
        boolean started = false;
        try (ConfigurableApplicationContext context = startLeanIfCurrent(application, args, lean)) {
            started = true;
            if (!serve) {
                progress.say(Messages.text(language, "cli.progress.started", progress.elapsed(language)));
            }
            CommandLine command = configure(new CommandLine(commands, new SpringCommandFactory(context, invoked)), out,
                    err, context.getBean(LocaleProperties.class).locale());
            command.setExecutionExceptionHandler(new FailureHandler(
                    () -> context.getBean(AgreementCatalog.class)));
            return inConfiguredLanguage(context, () -> command.execute(args));
        } catch (RuntimeException e) {
            // started, the application could still not make the command (a setting it alone reads): not "cannot start"
            err.println(Messages.text(language, started ? "cli.cannotRun" : "cli.cannotStart", FailureHandler.describe(e)));
            return ExitCode.JOB_FAILED;
        }
    }

    /**
     * Runs the command with its output in {@code coordreport.locale}, on this thread and the jobs' threads, and
     * its tables' times in {@code coordreport.time-zone}.
     */
    private static int inConfiguredLanguage(ConfigurableApplicationContext context, java.util.function.IntSupplier command) {
        Locale locale = context.getBean(LocaleProperties.class).locale();
        Locale previous = Messages.useByDefault(locale);
        ZoneId previousZone = Table.showTimesIn(ZoneId.of(context.getEnvironment().getRequiredProperty(
                "coordreport.time-zone")));
        LocaleContextHolder.setLocale(locale);
        try {
            return command.getAsInt();
        } finally {
            LocaleContextHolder.resetLocaleContext();
            Table.showTimesIn(previousZone);
            Messages.useByDefault(previous);
        }
    }

    private static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err, Locale language) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setResourceBundle(new HelpTexts(language));
        return commandLine;
    }

    /** The classes of the commands the arguments go through: {@code coordreport}, {@code users}, {@code list}. */
    private static Set<Class<?>> invokedPath(ParseResult parsed) {
        Set<Class<?>> path = new HashSet<>();
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            path.add(level.commandSpec().userObject().getClass());
        }
        return path;
    }

    /**
     * The language of what is said before the application has started ({@code --help}, usage errors, the
     * start-up lines): {@code coordreport.locale} as a system property ({@code -Dcoordreport.locale=en}) or
     * the environment variable {@code COORDREPORT_LOCALE}, the sources Spring reads it from too; the command
     * itself then speaks the {@code coordreport.locale} of the started application ({@link LocaleProperties}).
     */
    static Locale language() {
        String value = new StandardEnvironment().getProperty("coordreport.locale");
        return Messages.supported(value == null || value.isBlank() ? null : StringUtils.parseLocale(value.strip()));
    }

    /** The command the arguments name: the last subcommand ({@code list} in {@code users list}). */
    private static Object command(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last.commandSpec().userObject();
    }

    /** A lean start, unless the database is behind this build: then a full one, whose Flyway migrates it. */
    private static ConfigurableApplicationContext startLeanIfCurrent(Class<?> application, String[] args, boolean lean) {
        if (lean) {
            try {
                return start(application, args, true);
            } catch (RuntimeException e) {
                if (!(NestedExceptionUtils.getRootCause(e) instanceof SchemaBehind)) {
                    throw e;
                }
            }
        }
        return start(application, args, false);
    }

    private static ConfigurableApplicationContext start(Class<?> applicationClass, String[] args, boolean lean) {
        if (lean) {
            // Spring Boot warms up Jackson, Tomcat and the like in a background thread, for a web start; here it
            // would only take a core from the command. Read once, when SpringApplication loads its listeners.
            System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        }
        // a lean start reads only the modules its commands use (LeanStart.Application)
        SpringApplication application = new SpringApplication(lean ? LeanStart.Application.class : applicationClass);
        boolean serve = args.length > 0 && args[0].equals("serve");
        // serve is the web application (HTTP API, staff pages) on server.port and runs the scheduler;
        // every other command runs without a web server.
        application.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        application.setLogStartupInfo(serve);
        Map<String, Object> defaults = new HashMap<>();
        if (serve) {
            // the web server's work folder (and the uploads it receives) among this process's temporary
            // files, which the next process removes if this one is killed
            defaults.putAll(Map.of("logging.level.vn.coordreport", "INFO",
                    "logging.level.org.quartz.core.QuartzScheduler", "INFO",
                    "server.tomcat.basedir", "${coordreport.home}/tmp/" + TempFolders.PROCESS_FOLDER + "/tomcat"));
        } else {
            // A command that cannot start says why in one line (see run); Spring's
            // own report of the failure, a stack trace, would bury it.
            defaults.putAll(Map.of(
                    "logging.level.org.springframework.boot.SpringApplication", "OFF",
                    "logging.level.org.springframework.boot.diagnostics", "OFF",
                    "logging.level.org.springframework.context", "ERROR",
                    // the pool's and Spring Batch's accounts of a failure the command says itself, once, in its
                    // user's words (a job's line, "thất bại: ..."): a database gone in the middle of a job was
                    // some forty events of theirs, in English, one per connection and transaction
                    "logging.level.com.zaxxer.hikari", "OFF",
                    "logging.level.org.springframework.batch", "OFF",
                    "logging.level.org.springframework.transaction", "OFF",
                    // a command's metrics are read by nobody: that one of them could not be registered neither
                    "logging.level.io.micrometer", "ERROR",
                    "logging.pattern.console", CommandLog.pattern()));
            // on standard error, in lines its user reads (CommandLog)
            application.addListeners(new CommandLog());
            // beside a serve of the same home, its embedded database rather than a folder locked by it
            defaults.put("coordreport.embedded.join-running", "true");
        }
        if (lean) {
            // Of a full start (several seconds), building every service took most: the Batch jobs and their
            // report engine, the web pages' and the API's services, the metrics. A command that reads or writes
            // rows builds only the services it calls (the scheduler is built, as ever, but not started); the
            // database is started and migrated as for any command. Without a web server there is no health
            // endpoint whose groups need checking (which would build every health indicator).
            defaults.put("spring.main.lazy-initialization", "true");
            defaults.put("management.endpoint.health.validate-group-membership", "false");
            // and of Spring Boot's auto-configurations it keeps the database's (LeanStart.AutoConfigurations): no
            // metrics, scheduler, web or documents, whose eager parts (meter binders, the Quartz scheduler)
            // would otherwise be built; and without Flyway, if the schema is current (database.SchemaCurrency)
            defaults.put(LeanStart.PROPERTY, "true");
            // one connection is all such a command uses; the pool's default ten would each cost a SCRAM handshake
            defaults.put("spring.datasource.hikari.minimum-idle", "1");
            // its connection is opened early, on another thread, while Spring reads the configuration classes
            application.addListeners(new EarlyConnection());
            // and of the modules it reads (LeanStart.Application), the Batch jobs' definitions are left out
            application.addInitializers(context -> context.getBeanFactory()
                    .registerSingleton("leanStartExclusions", new LeanStart.NotForRows()));
        }
        application.setDefaultProperties(defaults);
        return application.run();
    }

    private static String commandName(ParameterException e) {
        String name = e.getCommandLine().getCommandSpec().qualifiedName(" ");
        return name.startsWith("coordreport") ? name.substring("coordreport".length()).strip() + (name.equals("coordreport") ? "" : " ") : "";
    }
}

package vn.coordreport.cli;

import java.util.Set;

import org.springframework.context.ApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Builds the commands of the invoked path ({@code coordreport}, {@code users}, {@code list}) with their services
 * injected through the constructor. picocli builds every command of the tree, but the others are never executed:
 * they are built as for parsing, without services, so that a command builds only the services it uses (the report
 * engine and the Batch jobs are never built for {@code users list}).
 */
class SpringCommandFactory implements IFactory {

    private final ApplicationContext context;
    private final Set<Class<?>> invoked;
    private final IFactory parseOnly = new ParseOnlyFactory();

    SpringCommandFactory(ApplicationContext context, Set<Class<?>> invoked) {
        this.context = context;
        this.invoked = invoked;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (!type.isAnnotationPresent(CommandLine.Command.class)) {
            return CommandLine.defaultFactory().create(type);
        }
        if (invoked.contains(type)) {
            return context.getAutowireCapableBeanFactory().createBean(type);
        }
        return parseOnly.create(type);
    }
}

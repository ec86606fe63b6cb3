package vn.coordreport.cli;

import org.springframework.context.ApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds commands with their services injected through the constructor. */
class SpringCommandFactory implements IFactory {

    private final ApplicationContext context;

    SpringCommandFactory(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.isAnnotationPresent(CommandLine.Command.class)) {
            return context.getAutowireCapableBeanFactory().createBean(type);
        }
        return CommandLine.defaultFactory().create(type);
    }
}

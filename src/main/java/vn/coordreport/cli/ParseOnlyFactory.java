package vn.coordreport.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Builds commands for checking the arguments only: a command whose constructor
 * takes services gets nulls, as nothing will be executed.
 */
class ParseOnlyFactory implements IFactory {

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        if (!type.isAnnotationPresent(CommandLine.Command.class) || constructors.length != 1
                || constructors[0].getParameterCount() == 0) {
            return CommandLine.defaultFactory().create(type);
        }
        Constructor<?> constructor = constructors[0];
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(new Object[constructor.getParameterCount()]));
    }
}

package vn.coordreport.render;

import java.util.List;

import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontSet;
import net.sf.jasperreports.extensions.DefaultExtensionsRegistry;

/**
 * JasperReports' extensions, as found on the classpath, without their font
 * families: the reports have theirs ({@link ReportFonts}, given to
 * {@link ReportContext}). JasperReports reads every face of every family it
 * is asked for with {@code Font.createFont(int, InputStream)}, a copy in a
 * {@code +~JF*.tmp} file of the JDK's that a killed process leaves behind; and
 * it asks once per process, whatever the context (the styled-text parser
 * lists the families as it is loaded), for its own icon font among others.
 * <p>
 * Named by {@code jasperreports.properties}
 * ({@code net.sf.jasperreports.extensions.registry.class}); public because
 * JasperReports instantiates it.
 */
public final class ExtensionsWithoutFonts extends DefaultExtensionsRegistry {

    @Override
    public <T> List<T> getExtensions(Class<T> extensionType) {
        if (extensionType == FontFamily.class || extensionType == FontSet.class) {
            return List.of();
        }
        return super.getExtensions(extensionType);
    }
}

/**
 * The tools' command line, {@code coordreport-tools COMMAND}: {@code generate-data}
 * and {@code bench}. A source set of its own (src/tools/java), built into
 * {@code target/coordreport-tools.jar}, never into the production jar.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"cli", "generate", "bench"})
package vn.coordreport.tools;

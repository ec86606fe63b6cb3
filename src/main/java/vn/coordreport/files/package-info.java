/**
 * Files on disk, never left in part: a file is written aside and moved into
 * place whole ({@link vn.coordreport.files.WholeFiles}), and the temporary
 * files of each process live in a folder of its own under
 * {@code $COORDREPORT_HOME/tmp}, removed when the process ends and, when it
 * was killed, by the next process that starts
 * ({@link vn.coordreport.files.TempFolders}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messages"})
package vn.coordreport.files;

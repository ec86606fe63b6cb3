package vn.coordreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.coordreport.messages.Messages;

/**
 * The folder an {@code --out} option names: a path that is a file (or lies
 * under one), or a folder that cannot be made, is bad input (exit 1) naming
 * the option, not a failed job.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /** Checks, before any work is done, that the folder is or can be a folder; makes nothing. */
    static Path check(Path out) {
        for (Path p = out.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new IllegalArgumentException(Messages.text("output.isAFile", out.toString(),
                            p.equals(out.toAbsolutePath()) ? "" : ": " + p));
                }
                break;
            }
        }
        return out;
    }

    /** The folder, made if need be. */
    static Path of(Path out) {
        check(out);
        try {
            return Files.createDirectories(out);
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.text("output.cannotMake", out.toString(), Messages.fileFailure(e)), e);
        }
    }
}

package vn.coordreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.coordreport.messages.Messages;

/**
 * The folder an {@code --out} option names: a path that is a file (or lies
 * under one), or a folder that cannot be made, is bad input (exit 1) naming
 * the option, not a failed job; so is a folder this process may not write in.
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
        Path folder;
        try {
            folder = Files.createDirectories(out);
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.text("output.cannotMake", out.toString(), Messages.fileFailure(e)), e);
        }
        if (!Files.isWritable(folder)) {
            // said now, rather than as the failure of a hidden partial file once the work is done
            throw new IllegalArgumentException(Messages.text("output.notWritable", out.toString()));
        }
        return folder;
    }
}

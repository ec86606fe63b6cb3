package vn.coordreport.web;

import java.util.function.Function;

import vn.coordreport.archive.VersionMakers;

/**
 * Who made a version or took a step, as the archive page says it: the jobs and
 * the command by what they do, the văn thư's issue and a report request in
 * Vietnamese, a person by their username.
 */
final class Makers implements Function<String, String> {

    static final Makers WORDS = new Makers();

    private Makers() {
    }

    @Override
    public String apply(String who) {
        return VersionMakers.words(who);
    }
}

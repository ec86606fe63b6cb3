package vn.coordreport.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;

import vn.coordreport.schedule.Schedules;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the web application (HTTP API under /api, staff pages) on server.port (default 8080) and "
                + "the scheduler until stopped (SIGTERM or Ctrl-C): the nightly drafts and the period closes fire as "
                + "'coordreport schedules' lists. Several nodes may serve one database: each fire runs once."})
class ServeCommand implements Callable<Integer> {

    private final Schedules schedules;

    ServeCommand(Schedules schedules) {
        this.schedules = schedules;
    }

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "coordreport-serve-stop"));
        schedules.start();
        stopped.await();
        return ExitCode.OK;
    }
}

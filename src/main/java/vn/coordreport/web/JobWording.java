package vn.coordreport.web;

import org.springframework.stereotype.Component;

import vn.coordreport.messages.Messages;
import vn.coordreport.schedule.CronWording;

/**
 * The jobs page's words for what Spring Batch and Quartz name in code: a job's
 * status ({@code COMPLETED} is "Hoàn tất"), a job's or a schedule's name, a cron
 * expression; a name the bundle does not know is shown as it is.
 */
@Component("jobWording")
public class JobWording {

    public String status(String status) {
        return known("job.status." + status, status);
    }

    public String job(String job) {
        return known("job.name." + job, job);
    }

    public String schedule(String trigger) {
        return known("schedule.name." + trigger, trigger);
    }

    public String cron(String cron) {
        return CronWording.of(cron);
    }

    private static String known(String code, String otherwise) {
        String text = Messages.optional(code);
        return text == null ? otherwise : text;
    }
}

package vn.coordreport.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import vn.coordreport.ingest.load.RecordTable;
import vn.coordreport.messages.Messages;

/**
 * How a large records file is loaded (see {@link RecordTable}).
 *
 * @param rebuildIndexes     {@code auto}: drop record's indexes during the load and build them anew afterwards when
 *                           the records file is at least {@code rebuildIndexesFrom} and at least half the size of the
 *                           record table; {@code always}; {@code never} (every row goes through the indexes)
 * @param rebuildIndexesFrom the smallest records file for which {@code auto} rebuilds the indexes
 * @param maintenanceWorkMem PostgreSQL's maintenance_work_mem for building them (the sort's memory, in the server),
 *                           and its work_mem for matching re-submitted records with the stored ones (a sort of
 *                           their size too)
 */
@ConfigurationProperties("coordreport.import")
public record ImportProperties(@DefaultValue("auto") Rebuild rebuildIndexes, @DefaultValue("64MB") DataSize rebuildIndexesFrom,
        @DefaultValue("256MB") DataSize maintenanceWorkMem) {

    public enum Rebuild {
        AUTO, ALWAYS, NEVER
    }

    static ImportProperties defaults() {
        return new ImportProperties(Rebuild.AUTO, DataSize.ofMegabytes(64), DataSize.ofMegabytes(256));
    }

    public ImportProperties {
        if (maintenanceWorkMem.toMegabytes() < 1) {
            throw new IllegalArgumentException(Messages.text("config.atLeast", "coordreport.import.maintenance-work-mem", "1MB",
                    String.valueOf(maintenanceWorkMem)));
        }
    }
}

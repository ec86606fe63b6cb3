/**
 * Issuing a final (Decree 30/2020, Articles 13-15): review, the signer's
 * PAdES signature, the number and date given by the văn thư, the register of
 * outgoing documents, the organisation's signature, and the mails.
 * {@link vn.coordreport.issuing.Issuing} is the module's façade.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"archive", "catalog", "database", "delivery", "pipeline",
        "security", "period", "render", "messages"})
package vn.coordreport.issuing;

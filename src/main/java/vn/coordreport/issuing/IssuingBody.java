package vn.coordreport.issuing;

/** An issuing body (the lead agency of agreements) with a register: its code, name and province. */
public record IssuingBody(String code, String name, String province) {
}

package kg.tereze.municipality;

/** A municipality was activated and can now get its first administrator. */
public record MunicipalityActivated(long municipalityId, String soateCode, String code) {
}

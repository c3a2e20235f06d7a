package kg.tereze.municipality;

import java.time.Instant;

import kg.tereze.shared.LocalizedName;

/** A tenant: an aiyl aimak or a town running Tereze. {@code code} prefixes its reference numbers (KAR-2026-000123). */
public record Municipality(long id, String soateCode, String code, LocalizedName name, String districtCode,
		boolean active, Instant activatedAt) {
}

package kg.tereze.municipality;

import kg.tereze.shared.LocalizedName;

public record Village(long id, long municipalityId, String soateCode, LocalizedName name) {
}

package kg.tereze.certificates;

/** What an administrator types to add or reword a certificate type. */
public record NewCertificateType(String code, String nameKy, String nameRu, String nameEn, String bodyKy,
		String bodyRu, boolean active) {
}

package kg.tereze.certificates.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.certificates.internal.CertificateJournal;
import kg.tereze.certificates.CertificateType;
import kg.tereze.certificates.CertificateTypes;
import kg.tereze.certificates.Certificates;
import kg.tereze.certificates.Exemption;
import kg.tereze.certificates.FeeClaim;
import kg.tereze.certificates.IssuedCertificate;
import kg.tereze.certificates.internal.JournalEntry;
import kg.tereze.certificates.internal.JournalFilter;
import kg.tereze.certificates.NewCertificateType;
import kg.tereze.certificates.Preview;
import kg.tereze.certificates.internal.CertificatePdf;
import kg.tereze.registry.PersonCard;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Certificates", description = "Issue, read, print and annul certificates; the journal; certificate types")
@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'AUDITOR')")
class CertificateApi {

	/** {@code personPin} names the person; {@code personId} may be given instead. */
	record IssueRequest(String type, String personPin, Long personId, String purpose, Exemption exemption,
			String exemptionDocument) {
	}

	record Annulment(String reason) {
	}

	record CertificateView(String number, String type, String title, LocalDate issuedOn, Instant issuedAt,
			String personPin, String personName, String purpose, String issuedBy, String signatory,
			String verificationCode, String verificationUrl, String qrContent, String keyId, String pdfUrl, boolean valid,
			Instant annulledAt, String annulReason) {
	}

	record PreviewView(String type, String personName, boolean issuable, List<Preview.Problem> problems, String bodyKy,
			String bodyRu) {
	}

	private final Certificates certificates;

	private final CertificateTypes types;

	private final CertificateJournal journal;

	private final CertificatePdf pdf;

	private final AuditTrail audit;

	private final JsonMapper json;

	CertificateApi(Certificates certificates, CertificateTypes types, CertificateJournal journal, CertificatePdf pdf,
			AuditTrail audit, JsonMapper json) {
		this.certificates = certificates;
		this.types = types;
		this.journal = journal;
		this.pdf = pdf;
		this.audit = audit;
		this.json = json;
	}

	@Operation(summary = "Issue a certificate from the household book as of today; 201 with its number, code and PDF link")
	@PostMapping("/certificates")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	ResponseEntity<CertificateView> issue(@RequestBody IssueRequest request) {
		Tenant t = CurrentTenant.require();
		IssuedCertificate c = certificates.issue(t, request.type(), person(t, request).id(), request.purpose(),
				new FeeClaim(request.exemption(), request.exemptionDocument()));
		return ResponseEntity.created(URI.create("/api/v1/certificates/" + c.number())).body(view(c));
	}

	@Operation(summary = "The certificate as it would be issued now, or what stops it")
	@PostMapping("/certificates/preview")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	PreviewView preview(@RequestBody IssueRequest request) {
		Tenant t = CurrentTenant.require();
		Preview p = certificates.preview(t, request.type(), person(t, request).id(), request.purpose());
		return new PreviewView(p.type().code(), p.person().data().fullName(), p.issuable(), p.problems(), p.bodyKy(), p.bodyRu());
	}

	@Operation(summary = "The journal: filters type, from, to (issue dates), clerk, village, status (VALID, ANNULLED), q (number or name)")
	@GetMapping("/certificates")
	ResultPage<JournalEntry> journal(@RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long clerk, @RequestParam(required = false) Long village,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return journal.page(CurrentTenant.require(), new JournalFilter(type, from, to, clerk, village, status, q),
				ResultPage.safePage(page), ResultPage.safeSize(size));
	}

	@GetMapping("/certificates/{number}")
	CertificateView get(@PathVariable String number) {
		return view(certificates.find(CurrentTenant.require(), number));
	}

	@Operation(summary = "The A4 PDF, the same on every print")
	@GetMapping("/certificates/{number}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String number) {
		IssuedCertificate c = certificates.find(CurrentTenant.require(), number);
		audit.record(AuditRecord.viewed("certificate_pdf", c.number(), c.municipalityId()));
		return CertificateController.pdfResponse(c, pdf.render(c), false);
	}

	@Operation(summary = "What the register said when it was issued, as stored with the certificate")
	@GetMapping("/certificates/{number}/issued-from")
	JsonNode issuedFrom(@PathVariable String number) {
		return json.readTree(certificates.issuedFrom(CurrentTenant.require(), number));
	}

	@Operation(summary = "Annul with a reason; the certificate stays in the journal and verifies as annulled")
	@PostMapping("/certificates/{number}/annulment")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	CertificateView annul(@PathVariable String number, @RequestBody Annulment annulment) {
		return view(certificates.annul(CurrentTenant.require(), number, annulment.reason()));
	}

	@GetMapping("/certificate-types")
	List<CertificateType> types() {
		return types.all(CurrentTenant.require());
	}

	@Operation(summary = "Add a type or reword one; every placeholder must exist")
	@PutMapping("/certificate-types/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	CertificateType saveType(@PathVariable String code, @RequestBody NewCertificateType typed) {
		return types.save(CurrentTenant.require(), new NewCertificateType(code, typed.nameKy(), typed.nameRu(),
				typed.nameEn(), typed.bodyKy(), typed.bodyRu(), typed.active()));
	}

	private PersonCard person(Tenant t, IssueRequest request) {
		if (request.personId() != null && (request.personPin() == null || request.personPin().isBlank())) {
			return certificates.personById(t, request.personId());
		}
		return certificates.personByPin(t, request.personPin());
	}

	private CertificateView view(IssuedCertificate c) {
		return new CertificateView(c.number(), c.typeCode(), c.title().ru(), c.issuedOn(), c.issuedAt(), c.personPin(),
				c.personName(), c.purpose(), c.issuedByName(), c.signatoryName(), c.verificationCode(),
				pdf.verificationLink(c), pdf.qrText(c), c.keyId(), "/api/v1/certificates/" + c.number() + "/pdf",
				c.valid(), c.valid() ? null : c.annulment().at(), c.valid() ? null : c.annulment().reason());
	}
}

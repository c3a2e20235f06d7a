package kg.tereze.certificates.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.certificates.CertificateFees;
import kg.tereze.shared.NotFoundException;
import kg.tereze.certificates.CertificateType;
import kg.tereze.certificates.CertificateTypes;
import kg.tereze.certificates.Certificates;
import kg.tereze.certificates.Exemption;
import kg.tereze.certificates.FeeRate;
import kg.tereze.certificates.FeeStatus;
import kg.tereze.registry.PersonCard;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

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

/** Certificate fees: the rate of each type, and charging the applicant before issue. Amounts in som as text. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Certificate fees", description = "Fee rates with exemptions; charge the fee, pay it at the cash desk, then issue")
@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'AUDITOR')")
class FeeApi {

	record FeeRequest(String type, String personPin, Long personId) {
	}

	record RateRequest(String fee, Set<Exemption> exemptions, LocalDate validFrom) {
	}

	record RateView(String type, String fee, Set<Exemption> exemptions, LocalDate validFrom) {

		static RateView of(FeeRate r) {
			return new RateView(r.typeCode(), r.fee().toBigDecimal().toPlainString(), r.exemptions(), r.validFrom());
		}
	}

	record StatusView(String type, FeeStatus.State state, String fee, String due, String account, Long chargeEntryId,
			Set<Exemption> exemptions) {

		static StatusView of(FeeStatus s) {
			return new StatusView(s.rate().typeCode(), s.state(), s.rate().fee().toBigDecimal().toPlainString(),
					s.due().toBigDecimal().toPlainString(), s.account(), s.chargeEntryId(), s.rate().exemptions());
		}
	}

	private final CertificateFees fees;

	private final Certificates certificates;

	private final CertificateTypes types;

	FeeApi(CertificateFees fees, Certificates certificates, CertificateTypes types) {
		this.types = types;
		this.fees = fees;
		this.certificates = certificates;
	}

	@Operation(summary = "Where the applicant stands with the fee of a type: FREE, NOT_CHARGED, UNPAID or PAID")
	@GetMapping("/certificates/fees")
	StatusView status(@RequestParam String type, @RequestParam(required = false) String personPin,
			@RequestParam(required = false) Long personId) {
		Tenant t = CurrentTenant.require();
		return StatusView.of(fees.status(t, type.strip().toUpperCase(java.util.Locale.ROOT),
				person(t, personPin, personId)));
	}

	@Operation(summary = "Charge the fee to the applicant (once; again returns the same charge); it is paid at the cash desk")
	@PostMapping("/certificates/fees")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	ResponseEntity<StatusView> charge(@RequestBody FeeRequest r) {
		Tenant t = CurrentTenant.require();
		String type = r.type() == null ? "" : r.type().strip().toUpperCase(java.util.Locale.ROOT);
		return ResponseEntity.status(201).body(StatusView.of(fees.charge(t, type, person(t, r.personPin(), r.personId()))));
	}

	@GetMapping("/certificate-types/{code}/fee")
	@PreAuthorize("hasAnyRole('ADMIN', 'CLERK', 'HEAD', 'AUDITOR')")
	List<RateView> rates(@PathVariable String code) {
		Tenant t = CurrentTenant.require();
		return fees.history(t, typeInPath(t, code)).stream().map(RateView::of).toList();
	}

	@Operation(summary = "Set the fee of a type from a date (today when not given), with the exempt categories")
	@PutMapping("/certificate-types/{code}/fee")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEAD')")
	RateView setRate(@PathVariable String code, @RequestBody RateRequest r) {
		Tenant t = CurrentTenant.require();
		String type = typeInPath(t, code);
		return RateView.of(fees.setRate(t, type, som(r.fee()), r.exemptions(), r.validFrom()));
	}

	/** A type named in the path is a resource: one this municipality does not have is not found (404). */
	private String typeInPath(Tenant t, String code) {
		return types.find(t, code).map(CertificateType::code).orElseThrow(() -> new NotFoundException("type"));
	}

	private PersonCard person(Tenant t, String pin, Long id) {
		return id != null && (pin == null || pin.isBlank()) ? certificates.personById(t, id) : certificates.personByPin(t, pin);
	}

	static Som som(String text) {
		return Som.parseInput("fee", text, "certificates.certificate.error.fee");
	}
}

package kg.tereze.audit.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.audit.AuditAction;
import kg.tereze.audit.internal.AuditEntry;
import kg.tereze.audit.internal.AuditVerifier;
import kg.tereze.audit.internal.ChainVerification;
import kg.tereze.audit.internal.AuditEntries;
import kg.tereze.audit.internal.AuditFilter;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail")
class AuditApi {

	private final AuditEntries entries;

	private final AuditVerifier verifier;

	AuditApi(AuditEntries entries, AuditVerifier verifier) {
		this.entries = entries;
		this.verifier = verifier;
	}

	@Operation(summary = "Entries of the caller's municipality, newest first")
	@GetMapping
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN', 'HEAD', 'SYSTEM_ADMIN')")
	ResultPage<AuditEntry> list(@RequestParam(required = false) String actor,
			@RequestParam(required = false) AuditAction action, @RequestParam(required = false) String entity,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Tenant me = CurrentTenant.require();
		AuditFilter filter = new AuditFilter(me.municipalityId(), me.isSystemAdmin(), actor,
				action == null ? null : action.name(), entity, from, to, false);
		int p = ResultPage.safePage(page);
		int s = ResultPage.safeSize(size);
		return new ResultPage<>(entries.page(filter, p * s, s), entries.count(filter), p, s);
	}

	@Operation(summary = "Re-compute the hash chain and name the first broken entry")
	@GetMapping("/verify")
	@PreAuthorize("hasAnyRole('AUDITOR', 'SYSTEM_ADMIN')")
	ChainVerification verify() {
		Tenant me = CurrentTenant.require();
		return verifier.verify(me.isSystemAdmin() ? null : me.municipalityId());
	}
}

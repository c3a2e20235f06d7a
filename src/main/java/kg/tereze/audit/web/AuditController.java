package kg.tereze.audit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.audit.AuditAction;
import kg.tereze.audit.internal.AuditEntry;
import kg.tereze.audit.internal.AuditVerifier;
import kg.tereze.audit.internal.AuditEntries;
import kg.tereze.audit.internal.AuditFilter;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail of the user's municipality (all of them for a system administrator), filtered and paged. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN', 'HEAD', 'SYSTEM_ADMIN')")
class AuditController {

	private final AuditEntries entries;

	private final AuditVerifier verifier;

	private final MessageSource messages;

	AuditController(AuditEntries entries, AuditVerifier verifier, MessageSource messages) {
		this.entries = entries;
		this.verifier = verifier;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String entity,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate to,
			@RequestParam(defaultValue = "desc") String dir, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		AuditFilter filter = filter(actor, action, entity, from, to, dir);
		int p = ResultPage.safePage(page);
		int s = ResultPage.safeSize(size);
		model.addAttribute("result", new ResultPage<>(entries.page(filter, p * s, s), entries.count(filter), p, s));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("f", filter);
		model.addAttribute("entity", entity);
		return "audit/audit";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String entity,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate to,
			HttpServletResponse response, Locale locale) throws IOException {
		AuditFilter filter = filter(actor, action, entity, from, to, "desc");
		List<AuditEntry> rows = entries.page(filter, 0, 100_000);
		List<String> headers = List.of("#", msg("audit.when", locale), msg("audit.actor", locale),
				msg("audit.action", locale), msg("audit.entity", locale), msg("audit.entityId", locale),
				msg("audit.before", locale), msg("audit.after", locale));
		Xlsx.write(Xlsx.attachment(response, "audit.xlsx"), "audit", headers, rows,
				e -> List.of(e.id(), Formats.dateTime(e.occurredAt()), e.actor(), msg("audit.action." + e.action(), locale),
						e.entityType(), e.entityId() == null ? "" : e.entityId(), e.before() == null ? "" : e.before(),
						e.after() == null ? "" : e.after()));
	}

	@PostMapping("/verify")
	@PreAuthorize("hasAnyRole('AUDITOR', 'SYSTEM_ADMIN')")
	String verify(Model model) {
		Tenant me = CurrentTenant.require();
		model.addAttribute("verification", verifier.verify(me.isSystemAdmin() ? null : me.municipalityId()));
		return list(null, null, null, null, null, "desc", 0, null, model);
	}

	private static AuditFilter filter(String actor, AuditAction action, String entity, LocalDate from, LocalDate to,
			String dir) {
		Tenant me = CurrentTenant.require();
		return new AuditFilter(me.municipalityId(), me.isSystemAdmin(), actor, action == null ? null : action.name(),
				entity, from, to, "asc".equals(dir));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}

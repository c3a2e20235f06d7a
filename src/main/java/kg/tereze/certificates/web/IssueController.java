package kg.tereze.certificates.web;

import java.util.List;
import java.util.Locale;

import kg.tereze.certificates.CertificateTypes;
import kg.tereze.certificates.CertificateFees;
import kg.tereze.certificates.Certificates;
import kg.tereze.certificates.Exemption;
import kg.tereze.certificates.FeeClaim;
import kg.tereze.certificates.Preview;
import kg.tereze.certificates.IssuedCertificate;
import kg.tereze.certificates.Preview;
import kg.tereze.registry.RegistryQueries;
import kg.tereze.registry.SearchHit;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clerk's journey: find the person, pick the certificate, look at it filled in, issue. Each step
 * is one page, so that the whole takes a handful of clicks from the home page.
 */
@Controller
@RequestMapping("/certificates")
@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
class IssueController {

	private final Certificates certificates;

	private final CertificateTypes types;

	private final RegistryQueries registry;

	private final MessageSource messages;

	private final CertificateFees fees;

	IssueController(Certificates certificates, CertificateTypes types, RegistryQueries registry, MessageSource messages,
			CertificateFees fees) {
		this.fees = fees;
		this.certificates = certificates;
		this.types = types;
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping
	String search(@RequestParam(required = false) String q, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		List<SearchHit> hits = q == null || q.isBlank() ? List.of() : registry.search(t, q, locale);
		model.addAttribute("q", q);
		model.addAttribute("searched", q != null && !q.isBlank());
		model.addAttribute("hits", hits.stream().filter(h -> h.deathDate() == null && h.householdId() != null).toList());
		model.addAttribute("types", types.active(t));
		return "certificates/issue";
	}

	@GetMapping("/new")
	String preview(@RequestParam(required = false) String type, @RequestParam long person,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) String fragment, Model model,
			Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			Preview p = certificates.preview(t, type, person, purpose);
			model.addAttribute("preview", p);
			model.addAttribute("fee", fees.status(t, p.type().code(), p.person()));
		}
		catch (InvalidInputException e) {
			return previewError(e, type, person, purpose, model, locale);
		}
		model.addAttribute("purpose", purpose);
		return fragment != null ? "certificates/new :: preview" : "certificates/new";
	}

	@PostMapping
	String issue(@RequestParam(required = false) String type, @RequestParam long person,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) String exemption,
			@RequestParam(required = false) String exemptionDocument, Model model, Locale locale) {
		model.addAttribute("exemption", exemption);
		model.addAttribute("exemptionDocument", exemptionDocument);
		try {
			Exemption claimed;
			try {
				claimed = exemption == null || exemption.isBlank() ? null : Exemption.valueOf(exemption);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("exemption", "certificates.certificate.error.exemptionNotAllowed");
			}
			IssuedCertificate issued = certificates.issue(CurrentTenant.require(), type, person, purpose,
					new FeeClaim(claimed, exemptionDocument));
			return "redirect:/certificates/" + issued.number() + "?issued";
		}
		catch (InvalidInputException e) {
			return previewError(e, type, person, purpose, model, locale);
		}
	}

	/** Charges the fee to the applicant; they pay it at the cash desk, and the clerk then issues. */
	@PostMapping("/fee")
	String chargeFee(@RequestParam(required = false) String type, @RequestParam long person,
			@RequestParam(required = false) String purpose, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			fees.charge(t, types.requireActive(t, type).code(), certificates.personById(t, person));
		}
		catch (InvalidInputException e) {
			return previewError(e, type, person, purpose, model, locale);
		}
		return "redirect:/certificates/new?type=" + type + "&person=" + person
				+ (purpose == null || purpose.isBlank() ? "" : "&purpose=" + java.net.URLEncoder.encode(purpose, java.nio.charset.StandardCharsets.UTF_8));
	}

	/** Shows the preview again with what was typed and the reason it was refused. */
	private String previewError(InvalidInputException e, String type, long person, String purpose, Model model,
			Locale locale) {
		Tenant t = CurrentTenant.require();
		model.addAttribute("errorField", e.field());
		model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
		model.addAttribute("purpose", purpose);
		types.find(t, type).filter(x -> x.active()).ifPresentOrElse(found -> {
			Preview p = certificates.preview(t, found, person, "purpose".equals(e.field()) ? null : purpose);
			model.addAttribute("preview", p);
			model.addAttribute("fee", fees.status(t, found.code(), p.person()));
		},
				() -> model.addAttribute("types", types.active(t)));
		model.addAttribute("personId", person);
		return "certificates/new";
	}
}

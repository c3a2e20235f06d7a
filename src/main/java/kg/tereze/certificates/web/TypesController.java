package kg.tereze.certificates.web;

import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kg.tereze.certificates.CertificateType;
import kg.tereze.certificates.CertificateTypes;
import kg.tereze.certificates.CertificateFees;
import kg.tereze.certificates.Certificates;
import kg.tereze.certificates.Exemption;
import kg.tereze.certificates.NewCertificateType;
import kg.tereze.certificates.Placeholder;
import kg.tereze.registry.PersonCard;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The template editor: the administrator rewords a certificate or adds the municipality's own, with a
 * preview on a real resident before saving and a check that every placeholder exists.
 */
@Controller
@RequestMapping("/certificates/types")
@PreAuthorize("hasAnyRole('ADMIN', 'HEAD', 'CLERK')")
class TypesController {

	private final CertificateTypes types;

	private final Certificates certificates;

	private final MessageSource messages;

	private final CertificateFees fees;

	TypesController(CertificateTypes types, Certificates certificates, MessageSource messages, CertificateFees fees) {
		this.fees = fees;
		this.types = types;
		this.certificates = certificates;
		this.messages = messages;
	}

	@ModelAttribute("placeholders")
	Placeholder[] placeholders() {
		return Arrays.stream(Placeholder.values()).toArray(Placeholder[]::new);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("types", types.all(CurrentTenant.require()));
		return "certificates/types";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String create(Model model) {
		model.addAttribute("typed", new NewCertificateType("", "", "", "", "", "", true));
		model.addAttribute("creating", true);
		return "certificates/type";
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		CertificateType type = types.find(CurrentTenant.require(), code).orElseThrow(() -> new NotFoundException("certificate_type"));
		model.addAttribute("typed", new NewCertificateType(type.code(), type.name().ky(), type.name().ru(),
				type.name().en(), type.bodyKy(), type.bodyRu(), type.active()));
		model.addAttribute("builtIn", type.builtIn());
		addFees(type.code(), model);
		return "certificates/type";
	}

	private void addFees(String code, Model model) {
		Tenant t = CurrentTenant.require();
		model.addAttribute("rates", fees.history(t, code));
		model.addAttribute("rate", fees.rate(t, code));
		model.addAttribute("exemptionChoices", Exemption.values());
	}

	/** A new fee for the type from a date; the history of fees stays. */
	@PostMapping("/{code}/fee")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEAD')")
	String setFee(@PathVariable String code, @RequestParam(required = false) String fee,
			@RequestParam(required = false) List<Exemption> exemptions, @RequestParam(required = false) String validFrom,
			Model model, Locale locale, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		Tenant t = CurrentTenant.require();
		try {
			LocalDate from;
			try {
				from = validFrom == null || validFrom.isBlank() ? null : LocalDate.parse(validFrom.strip());
			}
			catch (java.time.format.DateTimeParseException e) {
				throw new InvalidInputException("validFrom", "certificates.certificate.error.feeDate");
			}
			fees.setRate(t, code, FeeApi.som(fee), exemptions == null ? Set.of() : Set.copyOf(exemptions), from);
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			String shown = edit(code, model);
			model.addAttribute("feeError", messages.getMessage(e.messageKey(), e.args(), locale));
			model.addAttribute("typedFee", fee);
			return shown;
		}
		redirect.addFlashAttribute("notice", "certificates.certificate.fee.saved");
		return "redirect:/certificates/types/" + code.toUpperCase(Locale.ROOT);
	}

	/** Saves, or (action=preview) shows the typed template filled from the resident with the PIN given. */
	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String save(@ModelAttribute NewCertificateType typed, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) String samplePin, @RequestParam(defaultValue = "false") boolean creating,
			Model model, Locale locale, RedirectAttributes redirect) {
		Tenant t = CurrentTenant.require();
		model.addAttribute("typed", typed);
		model.addAttribute("creating", creating);
		model.addAttribute("samplePin", samplePin);
		try {
			if (creating && types.find(t, typed.code()).isPresent()) {
				throw new InvalidInputException("code", "certificates.certificate.type.error.codeTaken");
			}
			if ("preview".equals(action)) {
				CertificateType draft = types.validate(t, typed);
				PersonCard person = certificates.personByPin(t, samplePin);
				model.addAttribute("preview", certificates.preview(t, draft, person.id(), null));
				return "certificates/type";
			}
			CertificateType saved = types.save(t, typed);
			redirect.addFlashAttribute("notice", "web.common.saved");
			return "redirect:/certificates/types/" + saved.code();
		}
		catch (InvalidInputException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			return "certificates/type";
		}
	}
}

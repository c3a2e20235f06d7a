package kg.tereze.appeals.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.appeals.internal.Categories;
import kg.tereze.appeals.internal.Category;
import kg.tereze.appeals.internal.NewReport;
import kg.tereze.appeals.internal.ProblemReport;
import kg.tereze.appeals.internal.ProblemReports;
import kg.tereze.appeals.internal.ReportPhotos;
import kg.tereze.appeals.internal.PublicFigures;
import kg.tereze.appeals.internal.Source;
import kg.tereze.appeals.internal.SubmissionRateLimit;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.shared.ChartBar;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The municipality's public page, no sign-in: open reports (no names, no phones), counts by category,
 * the median time to resolve over 90 days, and a form to report a problem (guarded by a rate limit
 * and a field only robots fill in).
 */
@Controller
@RequestMapping("/public/{soate}")
class PublicController {


	private final Municipalities municipalities;

	private final Categories categories;

	private final ProblemReports reports;

	private final SubmissionRateLimit limit;

	private final ReportPhotos photos;

	private final AppealsPage page;

	private final MessageSource messages;

	private final java.time.Clock clock;

	PublicController(Municipalities municipalities, Categories categories, ProblemReports reports,
			SubmissionRateLimit limit, AppealsPage page, MessageSource messages, java.time.Clock clock, ReportPhotos photos) {
		this.photos = photos;
		this.municipalities = municipalities;
		this.categories = categories;
		this.reports = reports;
		this.limit = limit;
		this.page = page;
		this.messages = messages;
		this.clock = clock;
	}

	private Municipality municipality(String soate) {
		return municipalities.findBySoate(soate).filter(Municipality::active).orElseThrow(() -> new NotFoundException("municipality"));
	}

	@GetMapping
	String board(@PathVariable String soate, Model model, Locale locale) {
		Municipality m = municipality(soate);
		Map<Long, Category> cats = categories.byId(m.id());
		PublicFigures figures = reports.publicFigures(m.id());
		List<ChartBar> bars = new ArrayList<>();
		figures.openByCategory().forEach((id, n) -> bars.add(new ChartBar(cats.get(id).name().in(locale), n, Long.toString(n))));
		Instant now = clock.instant();
		model.addAttribute("municipality", m);
		model.addAttribute("name", m.name().in(locale));
		model.addAttribute("bars", bars);
		model.addAttribute("barMax", bars.stream().mapToLong(ChartBar::value).max().orElse(0));
		model.addAttribute("median", figures.medianHoursToResolve() == null ? null : Math.round(figures.medianHoursToResolve()));
		model.addAttribute("resolved", figures.resolved());
		model.addAttribute("open", reports.publicSearch(m.id(), List.of(), null, now.minus(Duration.ofDays(365)),
				now.plusSeconds(60), true, 100));
		model.addAttribute("categoryNames", names(cats, locale));
		model.addAttribute("villageNames", page.villages(m.id(), locale));
		return "appeals/public";
	}

	@GetMapping("/report")
	String form(@PathVariable String soate, Model model, Locale locale) {
		show(municipality(soate), model, locale);
		model.addAttribute("typed", Map.of("key", UUID.randomUUID().toString()));
		return "appeals/public-form";
	}

	@PostMapping("/report")
	String submit(@PathVariable String soate, @RequestParam Map<String, String> form,
			@RequestParam(name = "photo", required = false) List<MultipartFile> photo, Model model, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		Municipality m = municipality(soate);
		if (FormFields.blankToNull(form.get("website")) != null) {
			// Only robots see this field: they are thanked and nothing is kept.
			return "redirect:/public/" + soate + "?thanks";
		}
		if (!limit.allow(request.getRemoteAddr())) {
			response.setStatus(429);
			show(m, model, locale);
			model.addAttribute("typed", form);
			model.addAttribute("errorMessage", messages.getMessage("appeals.public.tooMany", null, locale));
			return "appeals/public-form";
		}
		ProblemReport r;
		try {
			r = photos.file(m.id(), new NewReport(form.get("category"), form.get("description"), null, null,
					FormFields.number(form, "village"), FormFields.blankToNull(form.get("address")),
					FormFields.blankToNull(form.get("name")), FormFields.blankToNull(form.get("phone")), null, List.of(),
					Source.WEB, null, key(form.get("key"))), uploaded(photo));
		}
		catch (InvalidInputException e) {
			show(m, model, locale);
			FormErrors.show("public-form", e, form, model, response, messages, locale);
			return "appeals/public-form";
		}
		return "redirect:/public/" + soate + "/reports/" + r.number() + "?filed";
	}

	@GetMapping("/reports/{number}")
	String report(@PathVariable String soate, @PathVariable String number, Model model, Locale locale) {
		Municipality m = municipality(soate);
		ProblemReport r = reports.publicReport(m.id(), number).orElseThrow(() -> new NotFoundException("report"));
		model.addAttribute("municipality", m);
		model.addAttribute("name", m.name().in(locale));
		model.addAttribute("report", r);
		model.addAttribute("categoryName", categories.require(m.id(), r.categoryId()).name().in(locale));
		model.addAttribute("villageNames", page.villages(m.id(), locale));
		return "appeals/public-report";
	}

	/** The files chosen; a browser sends one empty part when none was. */
	private static List<byte[]> uploaded(List<MultipartFile> files) {
		List<byte[]> photos = new ArrayList<>();
		for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
			if (f.isEmpty()) {
				continue;
			}
			try {
				photos.add(f.getBytes());
			}
			catch (IOException e) {
				throw new InvalidInputException("photos", "messaging.media.error.type");
			}
		}
		return photos;
	}

	private void show(Municipality m, Model model, Locale locale) {
		model.addAttribute("municipality", m);
		model.addAttribute("name", m.name().in(locale));
		model.addAttribute("activeCategories", categories.active(m.id()));
		model.addAttribute("categoryNames", names(categories.byId(m.id()), locale));
		model.addAttribute("villageNames", page.villages(m.id(), locale));
	}

	private static Map<Long, String> names(Map<Long, Category> cats, Locale locale) {
		Map<Long, String> names = new java.util.LinkedHashMap<>();
		cats.forEach((id, c) -> names.put(id, c.name().in(locale)));
		return names;
	}

	/** A key the form was given; anything else is no key at all (a second post then makes a second report). */
	private static String key(String typed) {
		return typed != null && typed.matches("[0-9a-f-]{36}") ? "web:" + typed : null;
	}
}

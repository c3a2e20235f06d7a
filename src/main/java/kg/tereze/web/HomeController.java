package kg.tereze.web;

import java.time.Clock;
import java.time.LocalDate;

import kg.tereze.documents.Assignments;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what this user's roles let them do, as tiles, and the facts of their municipality. */
@Controller
class HomeController {

	private final Municipalities municipalities;

	private final Clock clock;

	private final Assignments assignments;

	HomeController(Municipalities municipalities, Assignments assignments, Clock clock) {
		this.assignments = assignments;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		Tenant tenant = CurrentTenant.require();
		model.addAttribute("today", Formats.date(LocalDate.now(clock.withZone(Formats.BISHKEK))));
		model.addAttribute("roles", tenant.roles().stream().sorted().toList());
		if (tenant.municipalityId() != null) {
			model.addAttribute("villages", municipalities.villages(tenant.municipalityId()));
			model.addAttribute("waiting", assignments.waiting(tenant));
			if (tenant.enterpriseId() != null) {
				municipalities.enterprise(tenant.enterpriseId()).ifPresent(e -> model.addAttribute("enterprise", e));
			}
		}
		else {
			model.addAttribute("municipalityCount", municipalities.all().size());
		}
		return "web/home";
	}
}

package kg.tereze.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import kg.tereze.identity.StaffUser;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Languages;
import kg.tereze.shared.NavItem;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the user, their municipality, the navigation their roles allow. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	private final List<NavItem> navigation;

	private final StaffUsers users;

	private final Municipalities municipalities;

	LayoutModel(List<NavItem> navigation, StaffUsers users, Municipalities municipalities) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.users = users;
		this.municipalities = municipalities;
	}

	/**
	 * Model attributes are built for every handler, REST ones included; the API has no layout, so it
	 * is skipped there (it would cost two queries per API call).
	 */
	@ModelAttribute
	void layout(Model model, Locale locale, HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return;
		}
		model.addAttribute("languages", Languages.SUPPORTED);
		model.addAttribute("lang", locale.getLanguage());
		CurrentTenant.find().ifPresent(tenant -> {
			model.addAttribute("nav", navigation.stream().filter(item -> item.visibleTo(tenant)).toList());
			users.findByUsername(tenant.username()).map(StaffUser::fullName).ifPresent(n -> model.addAttribute("myName", n));
			if (tenant.municipalityId() != null) {
				municipalities.find(tenant.municipalityId())
					.ifPresent(m -> model.addAttribute("myMunicipality", m.name().in(locale)));
			}
			model.addAttribute("tenant", tenant);
		});
	}
}

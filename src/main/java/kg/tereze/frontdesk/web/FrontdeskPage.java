package kg.tereze.frontdesk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kg.tereze.frontdesk.internal.DeskService;
import kg.tereze.frontdesk.internal.ServiceCatalog;
import kg.tereze.identity.StaffUsers;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The names the single-window pages show beside ids: services and staff. */
@Component
class FrontdeskPage {

	private final ServiceCatalog catalog;

	private final StaffUsers staff;

	FrontdeskPage(ServiceCatalog catalog, StaffUsers staff) {
		this.catalog = catalog;
		this.staff = staff;
	}

	void names(Tenant t, Model model, Locale locale) {
		List<DeskService> all = catalog.of(t.requireMunicipality());
		model.addAttribute("services", all);
		model.addAttribute("activeServices", all.stream().filter(DeskService::active).toList());
		model.addAttribute("serviceNames", serviceNames(all, locale));
		model.addAttribute("staffNames", staffNames(t));
	}

	static Map<Long, String> serviceNames(List<DeskService> all, Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		all.forEach(s -> names.put(s.id(), s.name().in(locale)));
		return names;
	}

	Map<Long, String> staffNames(Tenant t) {
		return staff.names(t, false);
	}
}

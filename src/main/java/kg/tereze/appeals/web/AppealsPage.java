package kg.tereze.appeals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kg.tereze.appeals.internal.Categories;
import kg.tereze.appeals.internal.Category;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Village;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The names the appeals pages show beside ids: categories, villages, staff. */
@Component
class AppealsPage {

	private final Categories categories;

	private final Municipalities municipalities;

	private final StaffUsers staff;

	AppealsPage(Categories categories, Municipalities municipalities, StaffUsers staff) {
		this.categories = categories;
		this.municipalities = municipalities;
		this.staff = staff;
	}

	void names(Tenant t, Model model, Locale locale) {
		long m = t.requireMunicipality();
		List<Category> all = categories.of(m);
		Map<Long, String> categoryNames = new LinkedHashMap<>();
		all.forEach(c -> categoryNames.put(c.id(), c.name().in(locale)));
		model.addAttribute("categories", all);
		model.addAttribute("activeCategories", all.stream().filter(Category::active).toList());
		model.addAttribute("categoryNames", categoryNames);
		model.addAttribute("villageNames", villages(m, locale));
	}

	Map<Long, String> villages(long municipalityId, Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Village v : municipalities.villages(municipalityId)) {
			names.put(v.id(), v.name().in(locale));
		}
		return names;
	}

	Map<Long, String> staffNames(Tenant t) {
		return staff.names(t, true);
	}
}

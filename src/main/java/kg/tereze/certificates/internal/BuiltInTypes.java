package kg.tereze.certificates.internal;

import java.util.List;

import kg.tereze.certificates.NewCertificateType;

/**
 * The certificates every municipality issues from the first day. Their wording is a starting point:
 * each municipality can reword them (the Kyrgyz texts await a native speaker's review).
 */
final class BuiltInTypes {

	private BuiltInTypes() {
	}

	static final List<NewCertificateType> ALL = List.of(
			new NewCertificateType("RESIDENCE", "Жашаган жери жөнүндө маалымкат", "Справка с места жительства",
					"Certificate of residence", """
					Ушул маалымкат {{person.fullName}}, {{person.birthDate}} туулган, ПИН {{person.pin}}, чындап эле {{household.address}} дареги боюнча жашаарын тастыктайт (үй чарба китеби № {{household.bookNumber}}).

					Маалымкат көрсөтүү үчүн берилди: {{purpose}}.""", """
					Настоящим подтверждается, что {{person.fullName}}, {{person.birthDate}} г. р., ПИН {{person.pin}}, действительно проживает по адресу: {{household.address}} (похозяйственная книга № {{household.bookNumber}}).

					Справка выдана для предъявления: {{purpose}}.""", true),
			new NewCertificateType("FAMILY_COMPOSITION", "Үй-бүлө курамы жөнүндө маалымкат", "Справка о составе семьи",
					"Certificate of family composition", """
					Ушул маалымкат {{person.fullName}}, ПИН {{person.pin}}, {{household.address}} дарегинде жашаган, үй чарба китебинин № {{household.bookNumber}} маалыматы боюнча {{issueDate}} карата үй-бүлө курамы {{household.memberCount}} адамдан турарын тастыктайт:

					{{members}}

					Маалымкат көрсөтүү үчүн берилди: {{purpose}}.""", """
					Заявитель: {{person.fullName}}, ПИН {{person.pin}}, адрес: {{household.address}}.

					Настоящим подтверждается, что по данным похозяйственной книги № {{household.bookNumber}} на {{issueDate}} состав семьи — {{household.memberCount}} чел.:

					{{members}}

					Справка выдана для предъявления: {{purpose}}.""", true),
			new NewCertificateType("LAND_PLOT", "Жер тилкеси жөнүндө маалымкат", "Справка о земельном участке",
					"Certificate of land plot holding", """
					Ушул маалымкат {{person.fullName}}, ПИН {{person.pin}}, {{household.address}} дарегинде жашаган, үй чарба китебинин № {{household.bookNumber}} маалыматы боюнча {{issueDate}} карата үй чарбасында жалпы аянты {{land.totalArea}} га жер тилкелери бар экенин тастыктайт:

					{{land}}

					Маалымкат көрсөтүү үчүн берилди: {{purpose}}.""", """
					Заявитель: {{person.fullName}}, ПИН {{person.pin}}, адрес: {{household.address}}.

					Настоящим подтверждается, что по данным похозяйственной книги № {{household.bookNumber}} на {{issueDate}} хозяйство имеет земельные участки общей площадью {{land.totalArea}} га:

					{{land}}

					Справка выдана для предъявления: {{purpose}}.""", true),
			new NewCertificateType("LIVESTOCK", "Мал жөнүндө маалымкат", "Справка о наличии скота",
					"Certificate of livestock holding", """
					Ушул маалымкат {{person.fullName}}, ПИН {{person.pin}}, {{household.address}} дарегинде жашаган, үй чарба китебинин № {{household.bookNumber}} маалыматы боюнча үй чарбасында {{livestock.year}}-жылдын эсеби боюнча төмөнкү мал бар экенин тастыктайт:

					{{livestock}}

					Маалымкат көрсөтүү үчүн берилди: {{purpose}}.""", """
					Заявитель: {{person.fullName}}, ПИН {{person.pin}}, адрес: {{household.address}}.

					Настоящим подтверждается, что по данным похозяйственной книги № {{household.bookNumber}} (учёт {{livestock.year}} г.) в хозяйстве имеется скот:

					{{livestock}}

					Справка выдана для предъявления: {{purpose}}.""", true),
			new NewCertificateType("SOCIAL_ASSISTANCE", "Социалдык жардам үчүн үй чарбанын курамы жөнүндө маалымкат",
					"Справка о составе хозяйства для назначения социальной помощи",
					"Household composition for social assistance", """
					Ушул маалымкат {{person.fullName}}, ПИН {{person.pin}}, {{household.address}} дарегинде жашаган, үй чарба китебинин № {{household.bookNumber}} маалыматы боюнча {{issueDate}} карата үй чарбасынын курамын тастыктайт.

					Үй-бүлө курамы ({{household.memberCount}} адам):

					{{members}}

					Жер тилкелеринин жалпы аянты: {{land.totalArea}} га. Мал ({{livestock.year}}-жыл): {{livestock.summary}}.

					Маалымкат социалдык жардам дайындоо үчүн берилди.""", """
					Заявитель: {{person.fullName}}, ПИН {{person.pin}}, адрес: {{household.address}}.

					Состав хозяйства по данным похозяйственной книги № {{household.bookNumber}} на {{issueDate}}.

					Состав семьи ({{household.memberCount}} чел.):

					{{members}}

					Общая площадь земельных участков: {{land.totalArea}} га. Скот (учёт {{livestock.year}} г.): {{livestock.summary}}.

					Справка выдана для назначения социальной помощи.""", true));
}

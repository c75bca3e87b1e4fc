package org.cirm.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.CitizensManual.Document;
import org.cirm.catalog.CitizensManual.Step;
import org.cirm.platform.Bilingual;

/**
 * What changed between two versions of a service, as a citizen would want it said: steps
 * added or removed, time limits and responsible agencies changed, the fee, the documents,
 * and the overall time limit.
 */
public final class ManualChanges {

	private ManualChanges() {
	}

	public static List<Bilingual> between(CitizensManual before, CitizensManual after) {
		List<Bilingual> changes = new ArrayList<>();
		steps(before, after, changes);
		if (before.fee().baht() != after.fee().baht()) {
			changes.add(new Bilingual("ค่าธรรมเนียมเปลี่ยนจาก " + baht(before, "บาท") + " เป็น " + baht(after, "บาท"),
					"Fee changed from " + baht(before, "baht") + " to " + baht(after, "baht")));
		}
		documents(before, after, changes);
		if (before.timeLimitDays() != after.timeLimitDays()) {
			changes.add(new Bilingual(
					"ระยะเวลาให้บริการเปลี่ยนจาก " + before.timeLimitDays() + " เป็น " + after.timeLimitDays()
							+ " วันทำการ",
					"Overall time limit changed from " + before.timeLimitDays() + " to " + after.timeLimitDays()
							+ " working days"));
		}
		return changes;
	}

	private static void steps(CitizensManual before, CitizensManual after, List<Bilingual> changes) {
		Map<String, Step> old = before.steps().stream().collect(Collectors.toMap(Step::id, Function.identity()));
		Map<String, Step> now = after.steps().stream().collect(Collectors.toMap(Step::id, Function.identity()));
		for (Step step : after.steps()) {
			Step was = old.get(step.id());
			if (was == null) {
				changes
					.add(new Bilingual("ขั้นตอนใหม่: " + step.name().th() + " (" + step.timeLimitDays() + " วันทำการ)",
							"New step: " + step.name().en() + " (" + step.timeLimitDays() + " working days)"));
				continue;
			}
			if (was.timeLimitDays() != step.timeLimitDays()) {
				changes.add(new Bilingual(
						step.name().th() + ": จาก " + was.timeLimitDays() + " เป็น " + step.timeLimitDays()
								+ " วันทำการ",
						step.name().en() + ": from " + was.timeLimitDays() + " to " + step.timeLimitDays()
								+ " working days"));
			}
			if (!Objects.equals(code(was), code(step))) {
				changes.add(new Bilingual(
						step.name().th() + ": หน่วยงานที่รับผิดชอบเปลี่ยนเป็น " + step.agency().name().th(),
						step.name().en() + ": now done by " + step.agency().name().en()));
			}
		}
		before.steps()
			.stream()
			.filter(step -> !now.containsKey(step.id()))
			.forEach(step -> changes
				.add(new Bilingual("ยกเลิกขั้นตอน: " + step.name().th(), "Step removed: " + step.name().en())));
	}

	private static void documents(CitizensManual before, CitizensManual after, List<Bilingual> changes) {
		for (Document document : after.documents()) {
			if (!before.documents().contains(document)) {
				changes.add(new Bilingual("เอกสารที่เพิ่ม: " + document.name().th(),
						"Document added: " + document.name().en()));
			}
		}
		for (Document document : before.documents()) {
			if (!after.documents().contains(document)) {
				changes.add(new Bilingual("ไม่ต้องใช้เอกสาร: " + document.name().th(),
						"Document no longer needed: " + document.name().en()));
			}
		}
	}

	private static String code(Step step) {
		return step.agency() == null ? null : step.agency().code();
	}

	private static String baht(CitizensManual manual, String unit) {
		return manual.fee().baht() + " " + unit;
	}

}

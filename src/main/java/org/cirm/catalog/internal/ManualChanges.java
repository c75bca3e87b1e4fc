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
import org.cirm.platform.Texts;

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
			changes.add(Texts.of("manual.changed.fee", before.fee().baht(), after.fee().baht()));
		}
		documents(before, after, changes);
		if (before.timeLimitDays() != after.timeLimitDays()) {
			changes.add(Texts.of("manual.changed.time-limit", before.timeLimitDays(), after.timeLimitDays()));
		}
		return changes;
	}

	private static void steps(CitizensManual before, CitizensManual after, List<Bilingual> changes) {
		Map<String, Step> old = before.steps().stream().collect(Collectors.toMap(Step::id, Function.identity()));
		Map<String, Step> now = after.steps().stream().collect(Collectors.toMap(Step::id, Function.identity()));
		for (Step step : after.steps()) {
			Step was = old.get(step.id());
			if (was == null) {
				changes.add(Texts.of("manual.changed.step-added", step.name(), step.timeLimitDays()));
				continue;
			}
			if (was.timeLimitDays() != step.timeLimitDays()) {
				changes.add(Texts.of("manual.changed.step-time-limit", step.name(), was.timeLimitDays(),
						step.timeLimitDays()));
			}
			if (!Objects.equals(code(was), code(step))) {
				changes.add(Texts.of("manual.changed.step-agency", step.name(), step.agency().name()));
			}
		}
		before.steps()
			.stream()
			.filter(step -> !now.containsKey(step.id()))
			.forEach(step -> changes.add(Texts.of("manual.changed.step-removed", step.name())));
	}

	private static void documents(CitizensManual before, CitizensManual after, List<Bilingual> changes) {
		for (Document document : after.documents()) {
			if (!before.documents().contains(document)) {
				changes.add(Texts.of("manual.changed.document-added", document.name()));
			}
		}
		for (Document document : before.documents()) {
			if (!after.documents().contains(document)) {
				changes.add(Texts.of("manual.changed.document-removed", document.name()));
			}
		}
	}

	private static String code(Step step) {
		return step.agency() == null ? null : step.agency().code();
	}

}

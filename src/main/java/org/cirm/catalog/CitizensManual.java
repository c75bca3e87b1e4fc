package org.cirm.catalog;

import java.util.List;

import org.cirm.platform.Bilingual;

/**
 * The Citizen's Manual (คู่มือสำหรับประชาชน, Licensing Facilitation Act B.E. 2558 section
 * 7) of one version of a public service, read from its BPMN model: what the law asks a
 * manual to say, and the steps in the order the engine runs them.
 *
 * @param code the service code, the same in every version
 * @param version the process definition version this manual describes
 * @param processDefinitionId the engine's id of that version (for officers and tracking)
 * @param name the service's name
 * @param description what the service does
 * @param owner the agency that owns the service
 * @param legalBasis the law the service rests on
 * @param eligibility who may apply
 * @param channels where to apply: counter, hotline, web
 * @param fee the fee, or none
 * @param documents every document, each brought by the citizen or fetched by the agency
 * @param stages the steps in order; a stage of several branches runs them side by side
 * @param timeLimitDays the overall time limit in working days
 * @param stepDays the sum of the step limits, steps side by side counted by their longest
 * branch
 * @param complaintChannel where to complain about the service
 */
public record CitizensManual(String code, int version, String processDefinitionId, Bilingual name,
		Bilingual description, AgencyRef owner, Bilingual legalBasis, Bilingual eligibility, List<String> channels,
		Fee fee, List<Document> documents, List<Stage> stages, int timeLimitDays, int stepDays,
		Bilingual complaintChannel) {

	/**
	 * An agency by code, with its name; {@code RESPONSIBLE} stands for the one chosen
	 * during the case.
	 */
	public record AgencyRef(String code, Bilingual name) {
	}

	/** A fee in baht; zero is stated as "no fee". */
	public record Fee(long baht) {

		public boolean none() {
			return this.baht == 0;
		}

	}

	public enum Source {

		/** The citizen brings it. */
		CITIZEN_BRINGS,
		/** The agency fetches it by national ID: no copy needed. */
		FETCHED_BY_ID

	}

	public record Document(Bilingual name, Source source) {
	}

	/** One step: who does it and within how many working days. */
	public record Step(String id, Bilingual name, Bilingual description, AgencyRef agency, int timeLimitDays) {
	}

	/**
	 * Steps that run one after another in each branch; several branches run side by side.
	 */
	public record Stage(List<List<Step>> branches) {

		public boolean parallel() {
			return this.branches.size() > 1;
		}

		int days() {
			return this.branches.stream()
				.mapToInt(branch -> branch.stream().mapToInt(Step::timeLimitDays).sum())
				.max()
				.orElse(0);
		}

	}

	public List<Step> steps() {
		return this.stages.stream().flatMap(stage -> stage.branches().stream()).flatMap(List::stream).toList();
	}

	/** The sum of the stages' limits (the longest branch of a parallel stage). */
	public static int daysOf(List<Stage> stages) {
		return stages.stream().mapToInt(Stage::days).sum();
	}

}

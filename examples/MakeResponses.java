/*
 * Makes the survey exports the shipped examples are measured against:
 *
 *     java examples/MakeResponses.java
 *
 * writes examples/insurer-claims/responses.csv (long shape, ','), examples/energie-cocreatie/
 * enquete.csv (a Dutch wide export: ';', BOM, day-month-year dates) and
 * examples/sports-engagement/responses.csv (long shape, BOM, times with offset). Deterministic
 * (fixed seeds, java.util.Random's specified sequence): the same bytes on every machine, so the
 * README's scorecard can be checked. January to November 2026, with a seasonal trend per brand,
 * and low scores that trigger each example's closed loops: older ones marked as followed up
 * except a few, the last days' still open. Respondent ids and comments are invented.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

public class MakeResponses {

	/** A question: metric (or expectation) name, answer scale, where it is asked, base mean and seasonal swing. */
	record Item(String metric, int min, int max, List<String> touchpoints, double mean, double winter, double weight,
			double trigger, boolean triggerAbove) {
	}

	record Row(LocalDateTime at, String[] fields) {
	}

	static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);
	static final LocalDateTime END = LocalDateTime.of(2026, 11, 30, 23, 59);
	static final String[] GOOD = { "Quick and friendly, thank you", "Better than I expected", "Clear and kind",
			"They kept me informed all the way", "" };
	static final String[] BAD = { "Nobody called back", "I had to explain everything three times",
			"Took far too long, and nobody told me why", "The letter made no sense to me", "" };
	static final String[] GOED = { "Snel geholpen, dank je", "Duidelijk uitgelegd", "Prettig contact", "" };
	static final String[] SLECHT = { "Niemand belde terug", "Ik moest alles drie keer uitleggen", "Veel te lang gewacht",
			"De jaarnota klopte niet", "" };

	public static void main(String[] args) throws IOException {
		Path examples = Path.of(args.length > 0 ? args[0] : "examples");
		insurer(examples.resolve("insurer-claims/responses.csv"));
		energie(examples.resolve("energie-cocreatie/enquete.csv"));
		sports(examples.resolve("sports-engagement/responses.csv"));
	}

	static void insurer(Path file) throws IOException {
		List<Item> items = List.of(
				new Item("ClaimNPS", 0, 10, List.of("AdjusterVisit", "WeeklyUpdate"), 8.1, -0.9, 3, 7, false),
				new Item("ClaimEffort", 1, 7, List.of("FirstNotification", "OnlineClaim", "ClaimTracker"), 3.2, 0.6, 3, -1, false),
				new Item("RepairCSAT", 1, 5, List.of("EmergencyRepair"), 3.9, -0.5, 1.5, 3, false),
				new Item("ComplaintCSAT", 1, 5, List.of("ComplaintCall", "FinalResponse", "AfterCareCall"), 3.3, -0.2, 1.5, -1, false),
				new Item("NoChasing", 1, 5, List.of("WeeklyUpdate", "ClaimTracker"), 3.2, -0.4, 1, -1, false));
		Random random = new Random(11);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 6000; i++) {
			Item item = pick(items, random);
			LocalDateTime at = moment(random);
			int score = score(item, at, random);
			String segment = item.metric().startsWith("Complaint") ? "Complainants"
					: random.nextDouble() < 0.15 ? "VulnerableCustomers" : "Homeowners";
			String comment = comment(item, score, random, GOOD, BAD);
			rows.add(new Row(at, new String[] { time.format(at), item.metric(), String.valueOf(score),
					item.touchpoints().get(random.nextInt(item.touchpoints().size())), segment,
					String.format(Locale.ROOT, "HL-%05d", 10000 + random.nextInt(90000)), comment,
					followedUp(item, score, at, random, "yes", "") }));
		}
		write(file, "date,metric,score,touchpoint,segment,respondent,comment,followed-up", rows, ',', false);
	}

	static void energie(Path file) throws IOException {
		Item nps = new Item("NPS", 0, 10, List.of(), 7.7, -0.2, 1, 7, false);
		Item ces = new Item("CES", 1, 7, List.of(), 4.9, 0, 1, 3, false);
		Item verhuis = new Item("VerhuisTevredenheid", 1, 10, List.of(), 6.9, -0.3, 1, -1, false);
		Random random = new Random(12);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", Locale.ROOT);
		String[] segments = { "Huishoudens", "Huishoudens", "Huishoudens", "Zonnepanelen", "Verhuizers" };
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			LocalDateTime at = moment(random);
			String segment = segments[random.nextInt(segments.length)];
			// the annual bill comes in March and April: the recommendation score dips then
			double billDip = at.getMonthValue() == 3 || at.getMonthValue() == 4 ? -1.2 : 0;
			int npsScore = clamp((int) Math.round(nps.mean() + billDip + random.nextGaussian() * 2.1), 0, 10);
			int cesScore = clamp((int) Math.round(ces.mean() + random.nextGaussian() * 1.2), 1, 7);
			String verhuisScore = segment.equals("Verhuizers") ? String.valueOf(score(verhuis, at, random)) : "";
			String cesText = random.nextDouble() < 0.7 ? String.valueOf(cesScore) : "";
			boolean low = npsScore < 7 || !cesText.isEmpty() && cesScore < 3;
			String comment = low ? SLECHT[random.nextInt(SLECHT.length)] : GOED[random.nextInt(GOED.length)];
			String opgevolgd = low ? followedUp(nps, 0, at, random, "ja", "nee") : "";
			rows.add(new Row(at, new String[] { String.format(Locale.ROOT, "PS%06d", 200000 + i), time.format(at), segment,
					String.valueOf(npsScore), cesText, verhuisScore, comment, opgevolgd }));
		}
		write(file, "Respondent;Ingevuld op;Segment;Aanbevelen (0-10);Gemak online (1-7);Verhuizing (1-10);Opmerking;Opgevolgd",
				rows, ';', true);
	}

	static void sports(Path file) throws IOException {
		List<Item> items = List.of(
				new Item("AppNPS", 0, 10, List.of("CoachCheckIn", "MonthlyChallenge", "RaceDayExperience"), 7.9, -0.7, 3, 7, false),
				new Item("SetupEffort", 1, 7, List.of("AppOnboarding"), 3.0, 0.3, 1.5, -1, false),
				new Item("ShoeNPS", 0, 10, List.of("StudioDesigner", "FitGuarantee"), 8.4, 0, 1.5, -1, false),
				new Item("CrewNPS", 0, 10, List.of("CrewHub", "CrewLabSession"), 7.2, -1.0, 1, -1, false));
		Random random = new Random(13);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+01:00'", Locale.ROOT);
		String[] segments = { "NewRunners", "RegularRunners", "RegularRunners", "CustomShoeBuyers", "RunCrews" };
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			Item item = pick(items, random);
			LocalDateTime at = moment(random);
			int score = score(item, at, random);
			rows.add(new Row(at, new String[] { time.format(at), item.metric(), String.valueOf(score),
					item.touchpoints().get(random.nextInt(item.touchpoints().size())), segments[random.nextInt(segments.length)],
					String.format(Locale.ROOT, "KR-%06d", random.nextInt(1_000_000)), comment(item, score, random, GOOD, BAD),
					followedUp(item, score, at, random, "yes", "") }));
		}
		write(file, "date,metric,score,touchpoint,segment,respondent,comment,followed-up", rows, ',', true);
	}

	static Item pick(List<Item> items, Random random) {
		double total = items.stream().mapToDouble(Item::weight).sum();
		double at = random.nextDouble() * total;
		for (Item item : items) {
			at -= item.weight();
			if (at < 0) {
				return item;
			}
		}
		return items.get(items.size() - 1);
	}

	/** A moment between START and END, in office-ish hours. */
	static LocalDateTime moment(Random random) {
		long days = java.time.Duration.between(START, END).toDays() + 1;
		return START.plusDays(random.nextInt((int) days)).plusHours(8 + random.nextInt(13)).plusMinutes(random.nextInt(60));
	}

	/** A whole-number answer around the item's mean, moved by the season (full effect in January, none in July). */
	static int score(Item item, LocalDateTime at, Random random) {
		double season = Math.cos(2 * Math.PI * (at.getMonthValue() - 1) / 12.0);
		double spread = (item.max() - item.min()) / 4.5;
		double mean = item.mean() + item.winter() * Math.max(0, season);
		return clamp((int) Math.round(mean + random.nextGaussian() * spread), item.min(), item.max());
	}

	static String comment(Item item, int score, Random random, String[] good, String[] bad) {
		if (random.nextDouble() > 0.35) {
			return "";
		}
		double range = item.max() - item.min();
		boolean happy = item.metric().contains("Effort") ? score < item.min() + range / 2 : score >= item.min() + 0.75 * range;
		return happy ? good[random.nextInt(good.length)] : bad[random.nextInt(bad.length)];
	}

	/** Triggering answers: followed up, except one in thirty; the last three days' not yet. */
	static String followedUp(Item item, int score, LocalDateTime at, Random random, String yes, String no) {
		boolean triggers = item.trigger() < 0 ? false : item.triggerAbove() ? score > item.trigger() : score < item.trigger();
		if (item.metric().equals("NPS") && item.trigger() > 0) {
			triggers = true; // energie: the caller already decided
		}
		if (!triggers) {
			return no;
		}
		boolean recent = at.isAfter(END.minusDays(3));
		return recent || random.nextInt(30) == 0 ? no : yes;
	}

	static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	static void write(Path file, String header, List<Row> rows, char delimiter, boolean bom) throws IOException {
		rows.sort((a, b) -> a.at().compareTo(b.at()));
		StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "").append(header).append("\r\n");
		for (Row row : rows) {
			for (int i = 0; i < row.fields().length; i++) {
				String field = row.fields()[i];
				boolean quote = field.indexOf(delimiter) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0;
				out.append(i == 0 ? "" : String.valueOf(delimiter))
						.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
			}
			out.append("\r\n");
		}
		Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
		System.out.println("Wrote " + rows.size() + " rows to " + file);
	}
}

package org.cxspec.conversion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A few plain words ({@code feedback sessions}) or one quoted phrase, stored as the words
 * separated by single spaces. The parser hands datatype rules their tokens glued together
 * ("feedbacksessions"), so the words are read back from the node model.
 */
public class WordsValueConverter implements IValueConverter<String> {

	private static final Pattern PLAIN_WORDS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*)*");

	private final IValueConverter<String> strings;
	private final Set<String> keywords;

	/** {@code keywords}: words that force quoting when written back; empty to write words as they are. */
	public WordsValueConverter(IValueConverter<String> strings, Set<String> keywords) {
		this.strings = strings;
		this.keywords = keywords;
	}

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		if (node == null) {
			return string;
		}
		List<String> words = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				words.add(isString(leaf) ? strings.toValue(leaf.getText(), leaf) : leaf.getText());
			}
		}
		return String.join(" ", words);
	}

	private static boolean isString(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof RuleCall call && "STRING".equals(call.getRule().getName());
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (keywords.isEmpty()) {
			return value;
		}
		boolean plain = PLAIN_WORDS.matcher(value).matches() && Arrays.stream(value.split(" ")).noneMatch(keywords::contains);
		return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}

package org.cxspec.conversion;

import java.math.BigDecimal;
import java.util.Set;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

/**
 * Value conversion for the datatype rules: numbers, co-creation types and method words. One per
 * language (Guice does not inherit Xtext's {@code @Singleton}): collecting the grammar's keywords
 * for every file loaded would cost more than parsing a small file.
 */
@Singleton
public class CxspecValueConverters extends DefaultTerminalConverters {

	private WordsValueConverter methodWords;
	private WordsValueConverter typeWords;

	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> number() {
		return new IValueConverter<>() {
			@Override
			public BigDecimal toValue(String string, INode node) {
				if (string == null || string.isBlank()) {
					throw new ValueConverterException("A number is missing here: write it like 42, -12 or 2.8.", node, null);
				}
				try {
					return new BigDecimal(string);
				} catch (NumberFormatException | NullPointerException notANumber) {
					throw new ValueConverterException("'" + string + "' is not a number: write it like 42, -12 or 2.8.", node, null);
				}
			}

			@Override
			public String toString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	/** Keywords only ("creation with others"), written back as they are. */
	@ValueConverter(rule = "CoCreationType")
	public synchronized IValueConverter<String> coCreationType() {
		if (typeWords == null) {
			typeWords = new WordsValueConverter(STRING(), Set.of());
		}
		return typeWords;
	}

	@ValueConverter(rule = "Method")
	public synchronized IValueConverter<String> method() {
		if (methodWords == null) {
			methodWords = new WordsValueConverter(STRING(), GrammarUtil.getAllKeywords(getGrammar()));
		}
		return methodWords;
	}
}

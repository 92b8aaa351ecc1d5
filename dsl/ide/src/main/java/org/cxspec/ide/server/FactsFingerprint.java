package org.cxspec.ide.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A digest of everything in a file the cross-file rules could read (org.cxspec.index.FileFacts:
 * names and the lines they are declared on, references, tight and loose behaviours, promises),
 * taken from the tokens without resolving a single reference (it is computed while indexing).
 * It leaves out what no other file's diagnostics depend on: descriptions and other quoted texts,
 * comments, spacing and offsets. It may change when the facts do not (then every file is
 * re-validated, which is merely slower), never the other way round.
 */
public final class FactsFingerprint {

	/** Quoted texts the cross-file rules compare: tight and loose behaviours, and whether a promise exists. */
	private static final Set<String> TEXTS_THAT_MATTER = Set.of("text", "promises");

	private FactsFingerprint() {
	}

	public static String of(XtextResource resource) {
		if (resource.getParseResult() == null) {
			return "";
		}
		StringBuilder tokens = new StringBuilder();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			String feature = feature(leaf);
			boolean string = leaf.getGrammarElement() instanceof RuleCall call && "STRING".equals(call.getRule().getName());
			if (string && !TEXTS_THAT_MATTER.contains(feature)) {
				tokens.append("\"\" ");
				continue;
			}
			tokens.append(leaf.getText());
			if ("name".equals(feature)) {
				tokens.append('@').append(leaf.getStartLine());
			}
			tokens.append(' ');
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(tokens.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		} catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

	private static String feature(ILeafNode leaf) {
		Assignment assignment = GrammarUtil.containingAssignment(leaf.getGrammarElement());
		return assignment == null ? "" : assignment.getFeature();
	}
}

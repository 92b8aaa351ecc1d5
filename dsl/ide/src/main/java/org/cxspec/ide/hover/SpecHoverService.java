package org.cxspec.ide.hover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cxspec.ide.contentassist.SpecDescriptionStrategy;
import org.cxspec.ide.server.WorkspaceSpecIndexProvider;
import org.cxspec.model.Kinds;
import org.cxspec.rules.Rule;
import org.cxspec.load.SpecChecker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * On a name: what it is, its description and where it is used (a value: which touchpoints
 * deliver it). On a diagnostic: why its rule matters, the explanation {@code cxspec explain}
 * gives.
 */
public class SpecHoverService extends HoverService {

	private static final int MAX_USAGES = 25;

	@Inject
	private WorkspaceSpecIndexProvider workspace;

	@Inject
	private IResourceValidator validator;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancel) {
		int offset = document.getOffSet(params.getPosition());
		Hover hover = super.hover(document, resource, params, cancel);
		List<String> parts = new ArrayList<>();
		if (hover != null && hover.getContents() != null && hover.getContents().isRight()
				&& !hover.getContents().getRight().getValue().isBlank()) {
			parts.add(hover.getContents().getRight().getValue());
		}
		parts.addAll(explanations(resource, offset, cancel));
		if (parts.isEmpty()) {
			return new Hover(List.of());
		}
		Hover result = new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts)));
		if (hover != null && hover.getRange() != null && parts.size() == 1 && !hover.getContents().getRight().getValue().isBlank()) {
			result.setRange(hover.getRange());
		}
		return result;
	}

	@Override
	public String getContents(EObject element) {
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
		if (name == null || element.eResource() == null) {
			return ""; // A statement without a name (tight, loose, goal...): only a rule's explanation, if any, is shown.
		}
		StringBuilder text = new StringBuilder("**").append(Kinds.of(element)).append(' ').append(name).append("**");
		String description = SpecDescriptionStrategy.descriptionOf(element);
		if (description != null) {
			text.append(": ").append(description);
		}
		List<String> usages = Usages.of(element, workspace.loadWorkspaceSpecs(element.eResource()));
		if (usages.isEmpty()) {
			text.append("\n\nNot used anywhere yet.");
		} else {
			text.append("\n\nUsed by:");
			usages.stream().limit(MAX_USAGES).forEach(usage -> text.append("\n- ").append(usage));
			if (usages.size() > MAX_USAGES) {
				text.append("\n- and ").append(usages.size() - MAX_USAGES).append(" more");
			}
		}
		return text.toString();
	}

	/** Why each rule that fires at this offset matters, once per rule. */
	private List<String> explanations(XtextResource resource, int offset, CancelIndicator cancel) {
		Set<String> rules = new LinkedHashSet<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
			Integer start = issue.getOffset();
			Integer length = issue.getLength();
			if (start != null && length != null && start <= offset && offset <= start + length) {
				rules.add(SpecChecker.ruleId(issue));
			}
		}
		List<String> texts = new ArrayList<>();
		for (String id : rules) {
			Rule.byId(id).ifPresent(rule -> texts.add("**" + rule.title() + "** (`" + id + "`): " + rule.explanation()));
		}
		return texts;
	}
}

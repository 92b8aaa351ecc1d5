package org.cxspec.ide;

/** The reference spec (claims.cxspec) split over a brand file and a journey file, as teams write it. */
final class Specs {

	private Specs() {
	}

	static final String BRAND = """
			brand AcmeInsurance "Acme Insurance" {
			    promise "Claims that feel simple and fair, every time."
			    differentiates from "insurers whose claims process is slow and opaque"

			    tight "Use the customer's name and never our internal jargon" for Fairness
			    loose "Fix a small problem on the spot, without asking a manager"
			        within "Up to 100 euros, logged in the claim file"
			}

			customer Homeowners "Families insuring their home and its contents" {
			    expects QuickPayout "Paid within days, not weeks" scored 2.8 target 4.2 out of 5
			    expects KnownCase "Someone who already knows my case" scored 3.9 target 4.5 out of 5
			}

			value Fairness "Being believed and treated fairly" drives retention, advocacy
			value Ease "Getting it sorted with little effort" drives retention

			metric NPS "Net Promoter Score" current 22 target 35 higher is better
			metric Effort "Customer Effort Score, 1 to 7" current 3.1 target 2.5 lower is better

			role Agent "Claims agent"
			role ComplaintsManager "Complaints manager"
			partner Glazier "Emergency glass repair partner"

			cocreation LetterRewrite "Rewriting claim letters with customers" {
			    type creation with others
			    goal "Claim letters are easier to act on" metric Effort target 2.8 by "2027-Q1"
			    owner ComplaintsManager
			    involves Homeowners, Agent, Glazier
			    method feedback sessions, interviews
			    rhythm community "two questions a week" business "monthly editorial meeting"
			    report back "A director's monthly blog on what changed and why"
			}

			closed loop Detractors "Unhappy customers hear from us" {
			    when NPS below 7
			    respond within 24 hours
			    owner ComplaintsManager
			}
			""";

	static final String JOURNEY = """
			journey HomeClaim "Making a home claim" for Homeowners {
			    stage Report "I report the damage" {
			        touchpoint PhoneReport "Reporting the damage by phone" {
			            channel phone
			            differentiating
			            moment of truth
			            delivers Fairness, Ease
			            addresses QuickPayout, KnownCase
			            staffed by Agent
			            measured by Effort

			            tight "Acknowledge what happened before asking any policy question" for Fairness
			            tight "End every call with a claim number and a call-back time" for Ease
			            loose "How you comfort and reassure the caller"
			                within "Never promise a payout amount or a date"
			                example "Offer to book the glazier for tonight"
			            backstage "Policy and claim history on one screen"
			        }
			    }
			    stage Repair "My home is made safe" {
			        touchpoint GlassRepair "Emergency glass repair visit" {
			            channel visit
			            delivers Ease
			            staffed by Glazier
			            measured by NPS

			            tight "Arrive within four hours of the call" for Ease
			            loose "How you make the home safe until the repair"
			                within "Only work the customer has agreed to"
			        }
			    }
			    stage Settle "I get paid" {
			        touchpoint PayoutLetter "Settlement letter" {
			            channel letter
			            delivers Ease
			            addresses QuickPayout
			            measured by NPS

			            tight "State the amount and the payment date in the first sentence" for Ease
			        }
			    }
			}
			""";
}

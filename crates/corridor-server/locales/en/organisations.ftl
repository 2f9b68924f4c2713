# Corridor: employers and recruiting agencies, English. A licence's history
# and the reasons given are public, so a worker can check a recruiter.

## Both
org-name = Registered name
org-country = Country
org-all-countries = All countries
org-history = History
org-reason = Reason
org-reason-optional = Reason (optional)
org-reason-public = The reason is kept in the history and shown to everyone on this page.
org-valid-until = valid until { $date }
org-error-reason-required = Say why. The reason is kept in the history.
org-error-reason-too-long = Keep the reason under 2,000 characters.
org-error-name-required = Enter the registered name.

## Employers
org-employers-title = Employers
org-employers-intro = Employers in countries of destination, registered by officials of their country. A suspended employer cannot post job orders.
org-employers-count = { $count ->
    [one] { $count } employer
   *[other] { $count } employers
}
org-employers-none = No employer matches.
org-registration-number = Business registration number
org-registration-number-hint = As registered in the employer's country.
org-sector = Sector
org-sector-hint = In plain words, for example agriculture, health, manufacturing.
org-employer-status-active = Active
org-employer-status-suspended = Suspended
org-employer-action-register = Registered
org-employer-action-suspend = Suspended
org-employer-action-reinstate = Reinstated
org-employer-register = Register an employer
org-employer-register-intro = Officials of the employer's country register it. It can post job orders at once.
org-employer-register-only = Only destination officials and administrators register employers.
org-employer-suspend = Suspend this employer
org-employer-suspend-explained = A suspended employer cannot post job orders until it is reinstated. Placements under way go on.
org-employer-reinstate = Reinstate this employer
org-employer-reinstate-explained = The employer can post job orders again.
org-employer-reason-hint = The reason is kept in the employer's history.
org-employer-done-registered = The employer is registered.
org-employer-done-suspend = The employer is suspended.
org-employer-done-reinstate = The employer is reinstated.
org-back-to-employers = Back to the employers
org-error-registration-number-required = Enter the business registration number.

## Agencies and licences
org-agencies-title = Recruiting agencies
org-agencies-intro = Every recruiting agency licensed through Corridor, with its licence today. Before you pay anyone or sign anything, check that the agency's licence is active. Workers never pay recruitment fees.
org-agencies-count = { $count ->
    [one] { $count } agency
   *[other] { $count } agencies
}
org-agencies-none = No agency matches.
org-agency = The agency
org-established-in = Established in
org-licence = The licence
org-licence-number = Licence number
org-issuing-country = Issued by
org-licence-validity = Valid
org-licence-valid-dates = From { $from } to { $until }
org-valid-from = First day of validity
org-valid-until-label = Last day of validity
org-licence-status-active = Active
org-licence-status-suspended = Suspended
org-licence-status-revoked = Revoked
org-licence-status-expired = Expired
org-licence-not-active-warning = This agency may not recruit now. Do not pay it or sign anything with it.
org-licence-history = Licence history
org-licence-action-issue = Licensed
org-licence-action-renew = Renewed
org-licence-action-suspend = Suspended
org-licence-action-reinstate = Reinstated
org-licence-action-revoke = Revoked
org-licence-action-expire = Expired
org-licence-actions = Change the licence
org-licence-renew = Renew the licence
org-new-valid-until = New last day of validity
org-new-valid-until-hint = Later than the current one, for example 2029-12-31.
org-licence-suspend = Suspend the licence
org-licence-suspend-explained = The agency may not recruit until the licence is reinstated: it cannot handle new job orders.
org-licence-reinstate = Reinstate the licence
org-licence-reinstate-explained = The licence is in force again until its last day of validity.
org-licence-revoke = Revoke the licence
org-licence-revoke-explained = Withdraws the licence for good. You confirm it on the next page.
org-licence-done-licensed = The agency is licensed.
org-licence-done-renew = The licence is renewed.
org-licence-done-suspend = The licence is suspended.
org-licence-done-reinstate = The licence is reinstated.
org-licence-done-revoke = The licence is revoked.
org-agency-license = License an agency
org-agency-license-intro = Officials of the country issuing the licence license a recruiting agency. The licence is in force from its first to its last day of validity.
org-agency-license-only = Only officials and administrators license recruiting agencies.
org-licence-number-taken = This licence number is registered already.
org-back-to-agencies = Back to the agencies
org-error-licence-number-required = Enter the licence number.
org-error-valid-until-required = Enter the new last day of validity.
org-error-licence-valid-until-before-start = The last day of validity cannot be before the first.

## Revoking
org-revoke-title = Revoke the licence of { $name }
org-revoke-intro = Licence { $number } will be withdrawn for good.
org-revoke-consequence-final = A revoked licence cannot be reinstated or renewed; the agency would need a new licence.
org-revoke-consequence-job-orders = The agency cannot handle new job orders. Placements under way stay on record.
org-revoke-consequence-public = The revocation and its reason are shown to everyone on the agency's page.
org-revoke-confirm = I confirm that this licence is revoked for good
org-error-confirm-confirmation-required = Tick the box to confirm the revocation.

## A recruiter's agency
org-own-agency-title = My agency
org-own-agency-intro = Your agency's licence as workers and officials see it, and the job orders your agency handles.
org-agency-job-orders = Job orders your agency handles
org-agency-job-orders-none = Your agency handles no job order yet.
org-job-order-status-pending_approval = Waiting for approval
org-job-order-status-open = Open
org-job-order-status-closed = Closed
org-job-order-starts = starts { $date }

## Rules
rule-illegal-licence-action = The licence cannot be given this action in its present state.
rule-illegal-employer-action = The employer cannot be given this action in its present state.
rule-renewal-not-later = The new last day of validity must be later than the current one and not in the past.
rule-changed-by-action = This changes only through its own action, which keeps the reason.
rule-confirmation-required = Tick the box to confirm.

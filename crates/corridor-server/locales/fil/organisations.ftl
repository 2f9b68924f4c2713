# Corridor: mga employer at recruitment agency, Filipino. Pampubliko ang
# kasaysayan ng isang lisensiya at ang mga ibinigay na dahilan, para masuri ng
# manggagawa ang isang recruiter.
# Gawa ng makina ang salin; kailangang suriin ng taong Filipino ang
# katutubong wika (tingnan ang TRANSLATIONS.md).

## Pareho
org-name = Rehistradong pangalan
org-country = Bansa
org-all-countries = Lahat ng bansa
org-history = Kasaysayan
org-reason = Dahilan
org-reason-optional = Dahilan (opsyonal)
org-reason-public = Nakatala ang dahilan sa kasaysayan at nakikita ito ng lahat sa pahinang ito.
org-valid-until = may bisa hanggang { $date }
org-error-reason-required = Sabihin kung bakit. Itatala ang dahilan sa kasaysayan.
org-error-reason-too-long = Dapat wala pang 2,000 character ang dahilan.
org-error-name-required = Ilagay ang rehistradong pangalan.

## Mga employer
org-employers-title = Mga employer
org-employers-intro = Mga employer sa mga bansang pupuntahan, na ipinarehistro ng mga opisyal ng kanilang bansa. Hindi makakapag-post ng job order ang suspendidong employer.
org-employers-count = { $count ->
    [one] { $count } employer
   *[other] { $count } employer
}
org-employers-none = Walang tugmang employer.
org-registration-number = Numero ng rehistro ng negosyo
org-registration-number-hint = Ayon sa pagkakarehistro nito sa bansa ng employer.
org-sector = Sektor
org-sector-hint = Sa simpleng salita, halimbawa agrikultura, kalusugan, pagmamanupaktura.
org-employer-status-active = Aktibo
org-employer-status-suspended = Suspendido
org-employer-action-register = Nairehistro
org-employer-action-suspend = Sinuspinde
org-employer-action-reinstate = Inalis ang suspensiyon
org-employer-register = Magparehistro ng employer
org-employer-register-intro = Ang mga opisyal ng bansa ng employer ang nagpaparehistro nito. Makakapag-post agad ito ng mga job order.
org-employer-register-only = Ang mga opisyal ng bansang pupuntahan at ang mga administrator lamang ang nagpaparehistro ng mga employer.
org-employer-suspend = Suspindihin ang employer na ito
org-employer-suspend-explained = Hindi makakapag-post ng job order ang suspendidong employer hangga't hindi inaalis ang suspensiyon nito. Magpapatuloy ang mga placement na tuloy na.
org-employer-reinstate = Alisin ang suspensiyon ng employer na ito
org-employer-reinstate-explained = Makakapag-post muli ng mga job order ang employer.
org-employer-reason-hint = Itatala ang dahilan sa kasaysayan ng employer.
org-employer-done-registered = Nairehistro na ang employer.
org-employer-done-suspend = Suspendido na ang employer.
org-employer-done-reinstate = Inalis na ang suspensiyon ng employer.
org-back-to-employers = Bumalik sa mga employer
org-error-registration-number-required = Ilagay ang numero ng rehistro ng negosyo.

## Mga agency at lisensiya
org-agencies-title = Mga recruitment agency
org-agencies-intro = Bawat recruitment agency na nilisensiyahan sa pamamagitan ng Corridor, kasama ang katayuan ng lisensiya nito ngayon. Bago ka magbayad kaninuman o pumirma ng anuman, tiyaking aktibo ang lisensiya ng agency. Hindi kailanman nagbabayad ng recruitment fee ang mga manggagawa.
org-agencies-count = { $count ->
    [one] { $count } agency
   *[other] { $count } agency
}
org-agencies-none = Walang tugmang agency.
org-agency = Ang agency
org-established-in = Itinatag sa
org-licence = Ang lisensiya
org-licence-number = Numero ng lisensiya
org-issuing-country = Ibinigay ng
org-licence-validity = Bisa
org-licence-valid-dates = Mula { $from } hanggang { $until }
org-valid-from = Unang araw ng bisa
org-valid-until-label = Huling araw ng bisa
org-licence-status-active = Aktibo
org-licence-status-suspended = Suspendido
org-licence-status-revoked = Binawi
org-licence-status-expired = Nag-expire
org-licence-not-active-warning = Hindi maaaring mag-recruit ang agency na ito ngayon. Huwag itong bayaran at huwag pumirma ng anuman dito.
org-licence-history = Kasaysayan ng lisensiya
org-licence-action-issue = Nabigyan ng lisensiya
org-licence-action-renew = Na-renew
org-licence-action-suspend = Sinuspinde
org-licence-action-reinstate = Inalis ang suspensiyon
org-licence-action-revoke = Binawi
org-licence-action-expire = Nag-expire
org-licence-actions = Baguhin ang lisensiya
org-licence-renew = I-renew ang lisensiya
org-new-valid-until = Bagong huling araw ng bisa
org-new-valid-until-hint = Mas huli kaysa sa kasalukuyan, halimbawa 2029-12-31.
org-licence-suspend = Suspindihin ang lisensiya
org-licence-suspend-explained = Hindi maaaring mag-recruit ang agency hangga't hindi inaalis ang suspensiyon ng lisensiya: hindi ito makakahawak ng bagong job order.
org-licence-reinstate = Alisin ang suspensiyon ng lisensiya
org-licence-reinstate-explained = May bisa muli ang lisensiya hanggang sa huling araw ng bisa nito.
org-licence-revoke = Bawiin ang lisensiya
org-licence-revoke-explained = Permanenteng binabawi ang lisensiya. Kukumpirmahin mo ito sa susunod na pahina.
org-licence-done-licensed = May lisensiya na ang agency.
org-licence-done-renew = Na-renew na ang lisensiya.
org-licence-done-suspend = Suspendido na ang lisensiya.
org-licence-done-reinstate = Inalis na ang suspensiyon ng lisensiya.
org-licence-done-revoke = Binawi na ang lisensiya.
org-agency-license = Bigyan ng lisensiya ang isang agency
org-agency-license-intro = Ang mga opisyal ng bansang nagbibigay ng lisensiya ang naglilisensiya sa isang recruitment agency. May bisa ang lisensiya mula sa una hanggang sa huling araw ng bisa nito.
org-agency-license-only = Ang mga opisyal at ang mga administrator lamang ang nagbibigay ng lisensiya sa mga recruitment agency.
org-licence-number-taken = Nakarehistro na ang numero ng lisensiyang ito.
org-back-to-agencies = Bumalik sa mga agency
org-error-licence-number-required = Ilagay ang numero ng lisensiya.
org-error-valid-until-required = Ilagay ang bagong huling araw ng bisa.
org-error-licence-valid-until-before-start = Hindi maaaring mauna ang huling araw ng bisa sa unang araw.

## Pagbawi
org-revoke-title = Bawiin ang lisensiya ng { $name }
org-revoke-intro = Permanenteng babawiin ang lisensiyang { $number }.
org-revoke-consequence-final = Hindi na maaaring alisan ng suspensiyon o i-renew ang binawing lisensiya; kakailanganin ng agency ng bagong lisensiya.
org-revoke-consequence-job-orders = Hindi makakahawak ang agency ng bagong job order. Mananatili sa rekord ang mga placement na tuloy na.
org-revoke-consequence-public = Ipinapakita sa lahat sa pahina ng agency ang pagbawi at ang dahilan nito.
org-revoke-confirm = Kinukumpirma kong permanenteng binabawi ang lisensiyang ito
org-error-confirm-confirmation-required = Lagyan ng tsek ang kahon para kumpirmahin ang pagbawi.

## Ang agency ng isang recruiter
org-own-agency-title = Aking agency
org-own-agency-intro = Ang lisensiya ng iyong agency gaya ng nakikita ng mga manggagawa at opisyal, at ang mga job order na hinahawakan ng iyong agency.
org-agency-job-orders = Mga job order na hinahawakan ng iyong agency
org-agency-job-orders-none = Wala pang job order na hinahawakan ang iyong agency.
org-job-order-status-pending_approval = Naghihintay ng pag-apruba
org-job-order-status-open = Bukas
org-job-order-status-closed = Sarado
org-job-order-starts = magsisimula sa { $date }

## Mga patakaran
rule-illegal-licence-action = Hindi maaaring gawin ang aksiyong ito sa lisensiya sa kasalukuyang katayuan nito.
rule-illegal-employer-action = Hindi maaaring gawin ang aksiyong ito sa employer sa kasalukuyang katayuan nito.
rule-renewal-not-later = Dapat mas huli ang bagong huling araw ng bisa kaysa sa kasalukuyan at hindi ito maaaring nasa nakaraan.
rule-changed-by-action = Nagbabago lamang ito sa pamamagitan ng sarili nitong aksiyon, na nagtatala ng dahilan.
rule-confirmation-required = Lagyan ng tsek ang kahon para kumpirmahin.

# Corridor: mga pahina ng administrator (mga account), Filipino. Ginagamit ng
# lahat ng listahan ang mga mensahe ng pagpapahina (admin-page-*).
# Gawa ng makina ang salin; kailangang suriin ng taong Filipino ang
# katutubong wika (tingnan ang TRANSLATIONS.md).

## Mga listahan
admin-pagination-label = Mga pahina
admin-page-of = Pahina { $page } sa { $pages }
admin-page-previous = Nakaraang pahina
admin-page-next = Susunod na pahina
admin-filter = Ipakita

## Mga tungkulin
admin-role-worker = Manggagawa
admin-role-employer = Employer
admin-role-recruiter = Recruiter (lisensiyadong agency)
admin-role-origin-official = Opisyal ng bansang pinagmulan
admin-role-destination-official = Opisyal ng bansang pupuntahan
admin-role-researcher = Mananaliksik
admin-role-admin = Administrator

## Mga account
admin-users-title = Mga account
admin-users-count = { $count ->
    [one] { $count } account
   *[other] { $count } account
}
admin-users-none = Walang tugmang account.
admin-all-roles = Lahat ng tungkulin
admin-role = Tungkulin
admin-status = Katayuan
admin-enabled = Puwedeng mag-sign in
admin-disabled = Naka-disable
admin-acts-for = Kumakatawan sa
admin-created = Ginawa noong
admin-back-to-users = Bumalik sa mga account

## Bagong account
admin-new-user = Gumawa ng account
admin-new-user-intro = Ang mga manggagawa mismo ang gumagawa ng kanilang account kapag nag-sign up sila, o ipinaparehistro sila ng isang opisyal ng kanilang bansa. Dito ka gumagawa ng account para sa mga employer, recruiter, opisyal, mananaliksik at administrator.
admin-account = Ang account
admin-display-name = Pangalang ipinapakita sa mga pahina
admin-display-name-hint = Pangalan ng isang tao, o isang tanggapan gaya ng "Labor Attaché, Ottawa".
admin-temporary-password = Pansamantalang password
admin-temporary-password-hint = Hindi bababa sa 10 character. Ibigay ito nang pribado sa tao; dapat niya itong palitan sa pahina ng kanyang account pagkatapos mag-sign in.
admin-role-and-binding = Ang ginagawa ng account
admin-role-hint = Kailangan ng employer account ang employer nito, ng recruiter ang agency nito, at ng opisyal ang kanyang bansa.
admin-employer = Employer
admin-employer-hint = Para lamang sa employer account.
admin-agency = Recruitment agency
admin-agency-hint = Para lamang sa recruiter account.
admin-country = Bansa
admin-country-hint = Para lamang sa opisyal: ang bansang pinagsisilbihan niya bilang opisyal.
admin-none = Wala
admin-create-account = Gawin ang account
admin-email-taken = May account na gamit ang e-mail address na ito.
admin-error-email-invalid = Maglagay ng e-mail address, gaya ng pangalan@example.org.
admin-error-display-name-required = Ilagay ang pangalang ipinapakita sa mga pahina.
admin-error-role-required = Piliin ang tungkulin ng account.
admin-error-employer-id-required = Piliin ang employer na kinakatawan ng account na ito.
admin-error-agency-id-required = Piliin ang agency na kinakatawan ng account na ito.
admin-error-country-required = Piliin ang bansa ng opisyal.
admin-error-password-too-short = Maglagay ng pansamantalang password na hindi bababa sa 10 character.

## Isang account
admin-done-created = Nagawa na ang account. Ibigay nang pribado sa tao ang kanyang pansamantalang password.
admin-done-disabled = Naka-disable na ang account. Na-sign out ito sa lahat ng device at tumigil nang gumana ang mga API token nito.
admin-done-enabled = Puwede nang mag-sign in muli ang account.
admin-done-password = Napalitan na ang password. Na-sign out ang account sa lahat ng device at tumigil nang gumana ang mga API token nito.
admin-own-account = Ito ang sarili mong account. Palitan ang iyong password sa pahina ng iyong account, kung saan hihingin ang kasalukuyan mong password.
admin-disable = I-disable ang account na ito
admin-disable-explained = Hindi na makakapag-sign in ang tao. Sabay-sabay na matatapos ang lahat ng kanyang session sa bawat device at titigil sa paggana ang bawat API token ng account. Mananatili ang kanyang mga rekord gaya ng dati. Maaari mong i-enable muli ang account.
admin-enable = I-enable ang account na ito
admin-enable-explained = Makakapag-sign in muli ang tao gamit ang kanyang password. Mananatiling tapos ang mga session at token na natapos nang i-disable ang account.
admin-reset-password = Magtakda ng bagong pansamantalang password
admin-reset-password-explained = Para sa taong nakalimot ng kanyang password o maaaring alam na ng iba ang kanyang password. Matatapos ang lahat ng kanyang session sa bawat device at titigil sa paggana ang bawat API token ng account.

## Mga patakaran
rule-own-account = Hindi mo ito magagawa sa sarili mong account dito.

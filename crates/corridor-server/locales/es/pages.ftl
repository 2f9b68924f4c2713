# Páginas de Corridor para cada rol, español. Primero van los mensajes que
# comparten los formularios y después cada área. Los mensajes de reglas (rule-*)
# explican una regla incumplida en el idioma de la página; la API conserva el
# código de la regla.

## Formularios
form-error-title = Hay un problema
form-error-prefix = Error:
form-choose = Elija una opción
form-choose-country = Elija un país
form-choose-level = Elija un nivel
form-date-invalid = Escriba una fecha real, por ejemplo 2026-03-27
form-years-invalid = Escriba los años como un número del 0 al 60
form-year-invalid = Escriba un año, por ejemplo 2019
form-number-invalid = Escriba un número
form-amount-invalid = Escriba un monto, por ejemplo 1250.00
form-search = Buscar
form-add = Agregar
form-remove = Quitar
form-save = Guardar
form-save-continue = Guardar y continuar
form-cancel = Cancelar
form-expired = El formulario caducó o no proviene de Corridor; vuelva a cargar la página e inténtelo de nuevo.
reference-names-english = Los nombres de países e idiomas se muestran en inglés.
reference-labels-english = Los nombres de ocupaciones y habilidades provienen de ESCO y de la CIUO-08 y se muestran en inglés.

nav-menu = Menú
nav-my-home = Mi página
nav-sign-up = Registrarse

## Trabajador: registro y página de inicio
worker-only = Esta página es para trabajadores.
worker-home-title = Mi página
worker-home-hello = Hola, { $name }
worker-home-proposals = { $count ->
    [one] { $count } empleo espera su respuesta
    [many] { $count } empleos esperan su respuesta
   *[other] { $count } empleos esperan su respuesta
}
worker-home-no-applications = Todavía no tiene solicitudes.
worker-back-home = Volver a mi página

sign-up-title = Cree su cuenta
sign-up-intro = Es gratis. Usted nunca paga una comisión por encontrar empleo a través de Corridor.
sign-up-account = Su cuenta
sign-up-password = Elija una contraseña
sign-up-password-hint = Al menos 10 caracteres. Lo mejor son unas cuantas palabras que pueda recordar.
sign-up-submit = Crear mi cuenta
sign-up-have-account = ¿Ya tiene una cuenta?
sign-up-welcome = Su cuenta está lista. Ahora cuéntenos sobre su trabajo, para que podamos mostrarle empleos adecuados para usted.

## Trabajador: perfil
profile-title = Mi perfil
profile-given-name = Nombres
profile-family-name = Apellidos
profile-phone = Número de teléfono
profile-phone-hint = Con el código de país, por ejemplo +52 55 1234 5678
profile-date-of-birth = Fecha de nacimiento
profile-sex = Sexo
profile-citizenship = Ciudadanía
profile-second-citizenship = Segunda ciudadanía
profile-country-of-birth = País de nacimiento
profile-country-of-residence = País donde vive
profile-none = Ninguno
profile-step-about = Sobre usted
profile-step-work = Su trabajo
profile-step-skills = Sus habilidades
profile-step-languages = Idiomas
profile-step-education = Estudios
profile-step-availability = Cuándo puede trabajar
profile-step-done = Listo
profile-step-todo = Pendiente
profile-step-of = Paso { $number } de { $of }
profile-saved = Guardado.
profile-search-work = Busque su ocupación
profile-search-work-hint = Escriba en inglés lo que hace, por ejemplo welder (soldador), nurse (enfermera) o fruit picker (recolector de fruta)
profile-search-skills = Busque una habilidad
profile-search-skills-hint = Escriba una habilidad en inglés, por ejemplo forklift (montacargas) o food safety (inocuidad de los alimentos)
profile-search-results = Resultados para “{ $query }”
profile-search-none = No se encontró nada. Pruebe con otra palabra.
profile-your-occupations = Sus ocupaciones
profile-years = Años de experiencia
profile-no-occupations = Todavía no tiene ninguna ocupación. Busque la suya arriba y agréguela.
profile-your-skills = Sus habilidades
profile-no-skills = Todavía no tiene ninguna habilidad. Busque las suyas arriba y agréguelas.
profile-languages-hint = Agregue cada idioma que habla. Los empleadores deben darle un contrato en un idioma que usted lea bien (nivel B1 o superior).
profile-language-n = Idioma { $n }
profile-language = Idioma
profile-level = Nivel
profile-add-language = Agregar otro idioma
profile-education = Nivel de estudios más alto que terminó
profile-qualification = Un diploma, licencia o certificado
profile-qualification-title = Nombre del diploma, licencia o certificado
profile-qualification-hint = Por ejemplo: licencia de enfermería, certificado de soldadura
profile-qualification-country = País que lo otorgó
profile-qualification-year = Año
profile-available-from = Disponible desde
profile-available-until = Disponible hasta
profile-available-until-hint = Déjelo vacío si no tiene fecha de término.
profile-preferred-destination = País donde más le gustaría trabajar

sex-female = Femenino
sex-male = Masculino
sex-other = Otro sexo o género
sex-not-stated = Prefiero no decirlo

cefr-a1 = principiante
cefr-a2 = básico
cefr-b1 = intermedio: puede leer un contrato
cefr-b2 = intermedio alto
cefr-c1 = avanzado
cefr-c2 = fluido
cefr-native = Lengua materna

isced-0 = Sin estudios terminados
isced-1 = Primaria
isced-2 = Secundaria (primer ciclo)
isced-3 = Secundaria superior (bachillerato o preparatoria)
isced-4 = Curso postsecundario (no universitario)
isced-5 = Estudios superiores de ciclo corto
isced-6 = Licenciatura o equivalente
isced-7 = Maestría o equivalente
isced-8 = Doctorado

## Trabajador: consentimientos
consents-title = Sus consentimientos
consents-intro = Usted decide qué hace Corridor con su perfil. Puede cambiar cada decisión en cualquier momento, y cada cambio queda registrado abajo.
consents-change = Cambiar mis consentimientos
consents-saved = Su decisión quedó guardada.
consents-history = Historial de sus decisiones
consents-when = Cuándo
consents-purpose = Para qué
consents-change-col = Cambio
consents-no-history = Todavía no ha tomado ninguna decisión.
consent-given = Otorgado
consent-not-given = No otorgado
consent-withdrawn = Retirado
consent-give = Dar mi consentimiento
consent-withdraw = Retirar mi consentimiento
consent-matching-title = Buscar empleos que encajen conmigo
consent-matching-explained = Corridor compara sus ocupaciones, experiencia, habilidades e idiomas con los empleos abiertos, le muestra los mejores y puede incluir su perfil en una ronda de asignación organizada por funcionarios. Los empleadores solo ven un número, no su nombre.
consent-sharing-with-employers-title = Compartir mi perfil con los empleadores
consent-sharing-with-employers-explained = Cuando usted solicita un empleo, o acepta un empleo que alguien le propuso, el empleador y su agencia con licencia pueden leer su perfil mientras la solicitud está en curso. Si retira este consentimiento, ya no podrán leerlo.
consent-statistics-title = Incluirme en las estadísticas
consent-statistics-explained = Se le incluye, sin su nombre ni nada que revele quién es, en estadísticas públicas sobre trabajadores listos para trabajar en el extranjero. Nunca se muestran grupos pequeños.
consent-contact-title = Los funcionarios pueden comunicarse conmigo
consent-contact-explained = Los funcionarios de su país pueden llamarle por teléfono o escribirle sobre los programas, por ejemplo cuando se abre uno nuevo.

## Trabajador: propuestas
proposals-title = Empleos que me propusieron
proposals-intro = Una agencia, un empleador o un funcionario puede proponerle para un empleo. Nadie ve su perfil hasta que usted acepte. Si lo rechaza, no se le volverá a preguntar por ese empleo.
proposals-need-sharing = Para aceptar, primero debe dar su consentimiento para compartir su perfil con los empleadores.
proposals-made-on = Propuesto el { $date }
proposal-pending = Esperando su respuesta
proposal-accepted = Aceptado
proposal-declined = Rechazado
proposals-accept = Aceptar y solicitar
proposals-decline = Rechazar
proposals-see-application = Ver mi solicitud
proposals-none = Todavía nadie le ha propuesto ningún empleo.

## Trabajador: solicitudes
placement-withdraw = Retirar mi solicitud
placement-withdraw-explained = Puede retirarla en cualquier momento antes de partir. El empleador verá que usted la retiró; no tiene que decir por qué.
placement-contract = Su contrato
placement-contract-language = Idioma del contrato
placement-ledger = Costos y comisiones pagados
placement-ledger-intro = Cada pago hecho por su contratación. Los trabajadores nunca pagan comisiones de contratación: si le hicieron pagar, denúncielo abajo.
placement-ledger-none = No hay ningún pago registrado.
placement-paid-by = pagado por { $payer } a { $payee }
placement-violation = Incumple el principio de que el empleador paga
placement-report = Denunciar un pago que le hicieron pagar
placement-report-explained = Los funcionarios de su país ven cada denuncia. Puede denunciar aunque no tenga recibo.
placement-report-amount = Monto
placement-report-currency = Moneda
placement-report-paid-to = A quién se pagó
placement-report-category = Para qué era
placement-report-date = Fecha del pago
placement-report-note = Qué pasó (opcional)
placement-report-submit = Denunciar el pago
placement-reported = Su denuncia quedó registrada. Los funcionarios de su país la verán.
cost-bribe = Un soborno
cost-kickback = Una comisión ilícita
cost-bond = Una fianza o depósito
cost-collateral = Una garantía

## Trabajador: historial laboral
work-record-title = Mi historial laboral
work-record-intro = Los contratos que completó a través de Corridor. En muchos programas, los trabajadores que regresan son los primeros en ser recontratados.
work-record-job = Empleo
work-record-from = Desde
work-record-to = Hasta
work-record-none = Todavía no tiene ningún contrato completado.
work-record-printed = Impreso el { $date } desde Corridor.

## Cuenta
account-title = Mi cuenta
account-signed-in-as = Usted inicia sesión con { $email }.
account-done-password = Su contraseña se cambió. Se cerraron sus sesiones en todos los demás dispositivos.
account-done-language = Su idioma quedó guardado.
account-password = Cambie su contraseña
account-current-password = Contraseña actual
account-new-password = Contraseña nueva
account-change-password = Cambiar contraseña
account-language = Idioma de las páginas
account-sign-out-everywhere = Cerrar sesión en todas partes
account-sign-out-everywhere-explained = Cierra todas las sesiones en cualquier teléfono o computadora, y anula todos los tokens de la API. Úselo si perdió un teléfono o cree que otra persona conoce su contraseña.
account-your-data = Sus datos
account-your-data-explained = Descargue todo lo que Corridor guarda sobre usted: su perfil, sus consentimientos, sus solicitudes con su cronología y sus pagos, y las propuestas que le hicieron.
account-download = Descargar mis datos (JSON)
account-close = Cerrar mi cuenta
account-close-explained = Puede cerrar su cuenta en cualquier momento.
close-consequence-consents = Se retiran todos sus consentimientos: ningún empleador podrá leer su perfil y ya no se le tomará en cuenta para asignaciones ni estadísticas.
close-consequence-applications = Se retiran las solicitudes que todavía no han llevado a la salida del país.
close-consequence-records = Los contratos ya en curso o completados se conservan en el registro, como lo exige la ley de ambos países.
close-consequence-sign-in = No podrá volver a iniciar sesión con esta cuenta.
close-confirm = Entiendo, cerrar mi cuenta
close-confirm-required = Marque la casilla para confirmar que quiere cerrar su cuenta.

## Reglas, tal como se muestran junto a un campo
rule-required = Este dato es obligatorio.
rule-invalid = Este dato no es válido.
rule-too-short = La contraseña debe tener al menos 10 caracteres.
rule-too-long = Es demasiado largo.
rule-wrong-password = La contraseña actual no es correcta.
rule-duplicate = Esto aparece dos veces.
rule-unknown = Esto no existe.
rule-out-of-range = Este número está fuera de lo permitido.
rule-implausible = Esto no parece correcto; revíselo.
rule-under-age = Los trabajadores deben tener al menos 18 años.
rule-before-start = El final no puede ser anterior al inicio.
rule-negative = Un monto no puede ser negativo.
rule-not-positive = El monto debe ser mayor que cero.
rule-same-party = Quien pagó y quien recibió el pago deben ser distintos.
rule-date-in-future = La fecha no puede estar en el futuro.
rule-before-previous-event = Esta fecha es anterior a la del paso anterior.
rule-illegal-transition = Este paso no puede seguir al actual.
rule-not-applicable = Esto no corresponde aquí.
rule-consent-required = Para solicitar un empleo, debe dar su consentimiento para compartir su perfil con los empleadores.
rule-worker-not-covered = Este programa contrata trabajadores de otro país.
rule-job-order-not-open = Este empleo no está abierto a solicitudes.
rule-not-a-candidate = Este trabajador no puede ser propuesto para este empleo.
rule-positions-filled = Todos los puestos de esta oferta de empleo están cubiertos.
rule-quota-reached = Se alcanzó el cupo del programa para este periodo.
rule-wage-below-minimum = El salario está por debajo del mínimo del programa.
rule-wage-currency-mismatch = El salario debe estar en la moneda del programa.
rule-hours-below-guarantee = Las horas garantizadas están por debajo del mínimo del programa.
rule-hours-above-maximum = Las horas superan el máximo del programa.
rule-below-guaranteed-hours = Las horas máximas no pueden ser menos que las horas garantizadas.
rule-housing-not-provided = El programa exige que el empleador proporcione vivienda.
rule-housing-cost-above-cap = El cobro de vivienda al trabajador supera el tope del programa.
rule-housing-currency-mismatch = El cobro de vivienda debe estar en la moneda del programa.
rule-medical-cover-insufficient = La atención médica es menor que la que exige el programa.
rule-return-travel-not-paid = El programa exige que el empleador pague el viaje de regreso.
rule-cost-charged-to-worker = Las comisiones de contratación y los gastos conexos los paga el empleador, nunca el trabajador.
rule-occupation-not-in-programme = Esta ocupación no forma parte del programa.
rule-start-in-past = La fecha de inicio ya pasó.
rule-start-outside-programme = La fecha de inicio está fuera del periodo del programa.
rule-stay-too-long = El contrato es más largo de lo que permite el programa.
rule-employer-suspended = El empleador está suspendido.
rule-employer-mismatch = El empleador no coincide.
rule-employer-not-in-destination = El empleador no está en el país de destino del programa.
rule-agency-licence-not-active = La licencia de la agencia no está vigente.
rule-agency-licence-outside-corridor = La agencia no tiene licencia en los países del programa.
rule-who-safeguard-active-recruitment = No se permite la contratación activa de personal de salud de un país de la lista de salvaguardias de la OMS, salvo mediante un acuerdo de gobierno a gobierno.
rule-not-a-returning-worker = Solo se puede nombrar a trabajadores que completaron un contrato con este empleador.
rule-contract-language-not-read = El contrato debe estar en un idioma que el trabajador lea bien (B1 o superior).
rule-contract-wage-below-job-order = El salario del contrato es menor que el de la oferta de empleo.
rule-contract-wage-currency-mismatch = El salario del contrato está en otra moneda.
rule-contract-hours-below-job-order = El contrato garantiza menos horas que la oferta de empleo.
rule-contract-hours-above-job-order = El contrato permite más horas que la oferta de empleo.
rule-contract-housing-missing = El contrato omite la vivienda que prometía la oferta de empleo.
rule-contract-housing-cost-above-job-order = El contrato cobra más por la vivienda que la oferta de empleo.
rule-contract-medical-below-job-order = El contrato ofrece menos atención médica que la oferta de empleo.
rule-contract-return-travel-missing = El contrato omite el viaje de regreso pagado.
rule-contract-duration-differs = La duración del contrato es distinta de la de la oferta de empleo.
rule-same-country = Los dos países deben ser distintos.
rule-countries-fixed = No se pueden cambiar los países de un programa.

## Listas
pagination = Páginas
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-page = Página { $page } de { $pages }

## Ofertas de empleo, para quienes las gestionan
job-orders-title = Ofertas de empleo
job-orders-post = Publicar una oferta de empleo
job-orders-by-status = Ofertas de empleo por estado
job-orders-none = No hay ofertas de empleo aquí.
job-orders-managers-only = Las ofertas de empleo las gestionan los empleadores, sus agencias y los funcionarios.
job-orders-back = Volver a las ofertas de empleo
job-status-pending_approval = Esperando aprobación
job-status-open = Abierta
job-status-closed = Cerrada

job-form-intro = Cada condición que escriba aquí se muestra a los trabajadores antes de que soliciten el empleo, y se compara con las condiciones mínimas del programa. Si algo incumple una regla, se muestran todos los problemas para que pueda corregirlos de una vez.
job-form-submit = Enviar la oferta de empleo
job-form-the-job = El empleo
job-form-agency = Agencia con licencia que la gestiona
job-form-agency-hint = Solo las agencias con licencia vigente en los países del programa pueden gestionar una oferta de empleo.
job-form-no-agency = Ninguna agencia
job-form-find-occupation = Ocupación
job-form-choose = Elegir
job-form-choose-occupation = Busque la ocupación y elíjala.
job-form-title = Nombre del puesto
job-form-title-hint = Como usted llama al empleo. Déjelo vacío para usar el nombre de la ocupación.
job-form-positions = Número de puestos
job-form-locality = Ciudad o pueblo
job-form-region = Región, provincia o estado
job-form-duration = Duración del contrato en meses
job-form-pay = Salario y horas
job-form-currency = Moneda
job-form-per = Se paga por
per-hour = hora
per-week = semana
per-month = mes
per-year = año
job-form-guaranteed-hours = Horas garantizadas cada semana
job-form-max-hours = Máximo de horas en una semana
job-form-living = Vivienda, atención médica y viaje de regreso
job-form-housing-yes = El empleador proporciona vivienda
job-form-housing-no = No se proporciona vivienda
job-form-housing-cost = Lo que paga el trabajador por la vivienda cada mes
job-form-housing-cost-hint = Déjelo vacío si no tiene costo.
job-form-housing-description = La vivienda, en pocas palabras
job-form-return = Viaje de regreso
job-form-return-yes = Lo paga el empleador
job-form-return-no = No lo paga el empleador
job-form-requirements = Lo que necesita el trabajador
job-form-experience = Años de experiencia necesarios
job-form-languages = Idiomas necesarios
job-form-min-level = Nivel mínimo
job-form-skills = Habilidades necesarias
job-form-contract-languages = Idiomas en que se ofrece el contrato
job-form-contract-languages-hint = El trabajador debe leer bien el contrato: ofrézcalo en los idiomas del país de origen.
job-form-costs-hint = Cada costo de contratación y quién lo paga. Las comisiones de contratación y los gastos conexos los paga el empleador, nunca el trabajador.
job-form-cost-n = Costo { $n }
job-form-cost-category = Para qué es
job-form-cost-paid-by = Lo paga
job-form-add-cost = Agregar un costo
job-form-named = Trabajadores que regresan, solicitados por nombre
job-form-named-hint = Los números de trabajador de quienes completaron un contrato con usted. No se muestran al público.
job-form-named-n = Número de trabajador { $n }
job-form-add-named = Agregar un trabajador que regresa

job-posted-pending = La oferta de empleo fue enviada. Un funcionario del país de destino la revisará y la aprobará.
job-posted-open = La oferta de empleo está abierta a solicitudes.
job-done-approved = La oferta de empleo fue aprobada y está abierta a solicitudes.
job-done-sent_back = La oferta de empleo fue devuelta al empleador con su motivo.
job-done-closed = La oferta de empleo está cerrada.
job-done-proposed = Se le propuso el empleo al trabajador. Su perfil sigue privado hasta que acepte.
job-see-public = Ver la página que ven los trabajadores
job-approval = Aprobación
job-approval-problems = Revisada hoy según el programa, esta oferta de empleo incumple estas reglas:
job-approval-ok = Revisada hoy según el programa, esta oferta de empleo cumple todas las reglas.
job-approve = Aprobar y abrir
job-send-back-reason = Motivo para devolverla
job-send-back = Devolver al empleador
job-candidates = Solicitudes
job-candidate = Trabajador { NUMBER($worker, useGrouping: "false") }
job-no-candidates = Todavía nadie ha solicitado este empleo.
job-shortlist = Mejores candidatos
job-shortlist-intro = Trabajadores que aceptaron participar en la asignación, ordenados según cuánto encajan. Los nombres siguen privados; proponga a un trabajador y él decide si solicita el empleo.
job-score = puntuación { $score }
job-details-withheld = Este trabajador no comparte su perfil con los empleadores; los motivos están ocultos. Aun así, puede proponerlo.
job-propose = Proponer a este trabajador
job-already-proposed = Ya se le propuso o ya lo solicitó.
job-close = Cerrar esta oferta de empleo
job-close-explained = Ya nadie podrá solicitar el empleo. Las solicitudes ya hechas se mantienen y siguen su curso.
job-close-confirm = Entiendo, cerrarla
job-close-confirm-required = Marque la casilla para confirmar que quiere cerrar la oferta de empleo.

## Una colocación, para quienes la gestionan
placement-moved = Registrado: { $status }.
placement-worker = Trabajador
placement-next-steps = Próximos pasos
placement-record = Registrar: { $status }
placement-end-reason = Por qué terminó antes de tiempo
placement-steps-dated-today = Cada paso queda registrado con la fecha de hoy ({ $date }).
placement-record-payment = Registrar un pago
placement-payer = Lo pagó
placement-payment-note = Número de recibo o nota (opcional)
end-employer_breach = El empleador incumplió el contrato
end-worker_choice = El trabajador decidió irse
end-changed_employer = El trabajador cambió de empleador
end-health_or_injury = Enfermedad o lesión
end-work_ended = Se acabó el trabajo
end-other = Otro motivo

## Paneles
dashboard-open-job-orders = Ofertas de empleo abiertas
dashboard-pending-job-orders = Ofertas de empleo que esperan aprobación
dashboard-closed-job-orders = Ofertas de empleo cerradas
dashboard-agency = Mi agencia y su licencia
dashboard-pending-approval = Ofertas de empleo por aprobar
dashboard-placements = Colocaciones: visas, salidas, llegadas, regresos
dashboard-match-rounds = Rondas de asignación
dashboard-register-worker = Inscribir a un trabajador
dashboard-agencies = Agencias de contratación y sus licencias
dashboard-employers = Empleadores
dashboard-audit-log = Registro de auditoría
dashboard-users = Usuarios
dashboard-statistics = Estadísticas
placements-list-title = Colocaciones
placements-any-status = Cualquier estado
placements-filter = Mostrar
placements-count = { $count ->
    [one] { $count } colocación
    [many] { $count } colocaciones
   *[other] { $count } colocaciones
}
placements-none-here = No hay ninguna colocación aquí.

## Salarios, con la cantidad en el formato de números de la página
wage-per-hour = { $amount } por hora
wage-per-week = { $amount } por semana
wage-per-month = { $amount } al mes
wage-per-year = { $amount } al año

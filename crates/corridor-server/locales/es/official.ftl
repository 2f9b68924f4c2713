# Páginas para funcionarios de origen y de destino (y administradores), en
# español: programas, rondas de emparejamiento, infracciones de cobro, el
# registro de auditoría y la inscripción de trabajadores en una oficina de
# empleo. Las palabras comunes (form-*, rule-*, status-*, consent-*, job-*)
# están en corridor.ftl y pages.ftl.

## Listas
pager-label = Páginas
pager-page-of = Página { $page } de { $pages }
pager-previous = Página anterior
pager-next = Página siguiente
official-filter = Filtrar
official-filter-apply = Mostrar
official-filter-clear = Quitar el filtro

## Palabras comunes de las páginas de funcionarios
official-sex-female = Mujeres
official-sex-male = Hombres
official-sex-other = Otro sexo
official-sex-not_stated = Sexo no declarado
official-person-not-stated = No declarado
official-country-of-residence = País de residencia
official-worker-id = Trabajador { $id }
official-job-starts = empieza el { $date }
official-job-status-pending_approval = Pendiente de aprobación
official-job-status-open = Abierta
official-job-status-closed = Cerrada
official-isco-invalid = Escriba un código de grupo CIUO-08, por ejemplo 611 o 9211
official-currency-choose = Elija la moneda del programa
official-hours-invalid = Escriba las horas semanales como un número de 0 a 168
official-months-invalid = Escriba un número entero de meses
official-percent-invalid = Escriba un porcentaje de 0 a 100
official-positions-invalid = Escriba el número de plazas como un número entero
official-per-hour = por hora
official-per-week = por semana
official-per-month = por mes
official-per-year = por año

programme-kind-seasonal = Trabajo de temporada
programme-kind-temporary = Trabajo temporal
programme-kind-long_term = Trabajo de larga duración (12 meses o más)
programme-kind-diaspora_temporary_return = Retorno temporal de profesionales de la diáspora

## Programas
official-programmes-title = Programas
official-programmes-intro = Los programas en los que participa su país. Los funcionarios de cualquiera de los dos países de un programa cambian sus condiciones; toda oferta de empleo del programa se comprueba con ellas.
official-programmes-count = { $count ->
    [one] { $count } programa
    [many] { $count } programas
   *[other] { $count } programas
}
official-programmes-none = Todavía no hay ningún programa para su país.
official-programmes-back = Volver a los programas
official-programme-new = Crear un programa
official-programme-edit = Cambiar las condiciones
official-programme-rounds = Rondas de emparejamiento de este programa
official-programme-saved = El programa está guardado.
official-programme-terms = Condiciones
official-programme-valid = Las ofertas pueden empezar
official-programme-valid-from = desde el { $from }
official-programme-valid-between = del { $from } al { $until }
official-programme-max-stay = Estancia máxima, en meses
official-programme-longest-stay = Estancia máxima
official-programme-occupations = Ocupaciones incluidas
official-programme-women-share = Proporción mínima de mujeres entre las personas seleccionadas
official-programme-women-share-none = Sin mínimo
official-programme-conditions = Condiciones mínimas de toda oferta de empleo
official-programme-min-wage = Salario mínimo
official-housing-required = El empleador debe dar alojamiento.
official-housing-not-required = El empleador no está obligado a dar alojamiento.
official-housing-cap = Un trabajador paga como máximo { $cap } al mes por él.
official-housing-free = Cuando se da, es gratuito.
official-social-security-portable = Las cotizaciones se pueden llevar al país de origen.
official-social-security-not-portable = Las cotizaciones no se pueden llevar al país de origen.
official-programme-quotas = Cupos
official-programme-no-quotas = Sin cupo: las plazas solo las limitan las ofertas de empleo.
official-programme-no-job-orders = Todavía no se ha publicado ninguna oferta de empleo en este programa.
official-quota-period = Periodo
official-quota-isco = Grupo de ocupaciones (CIUO-08)
official-quota-isco-hint = Déjelo vacío para todos los grupos del programa.
official-quota-sex = Sexo
official-quota-positions = Plazas
official-quota-any-group = Todos los grupos
official-quota-anyone = Cualquier persona
official-quota-n = Cupo { $n }
official-quota-from = Primer día
official-quota-to = Último día

official-programme-form-intro = Todas las condiciones que acordaron los dos países. Cada oferta de empleo del programa se comprueba con estas condiciones mínimas antes de abrirse.
official-programme-save = Guardar el programa
official-programme-about = El programa
official-programme-name = Nombre
official-programme-origin = País de origen de los trabajadores
official-programme-destination = País de destino
official-programme-corridor = Países:
official-programme-countries-fixed = Los países de un programa no pueden cambiar; cree un programa nuevo para otros países.
official-programme-kind = Tipo de programa
official-programme-g2g = Acordado entre los dos gobiernos
official-programme-valid-from-label = Primer día en que pueden empezar las ofertas
official-programme-valid-from-hint = Por ejemplo 2027-01-15
official-programme-valid-until-label = Último día en que pueden empezar las ofertas
official-programme-valid-until-hint = Déjelo vacío si el programa no tiene fecha de fin.
official-programme-max-stay-hint = De 1 a 120 meses.
official-programme-occupations-hint = Cada grupo CIUO-08 que incluye el programa, de cualquier nivel: 6 para todo trabajador agropecuario calificado, 611 para agricultores y trabajadores calificados de cultivos, 6111 para cultivos extensivos y hortalizas.
official-programme-occupation-n = Grupo de ocupaciones { $n }
official-programme-add-occupation = Añadir otro grupo de ocupaciones
official-programme-conditions-hint = Los empleadores pueden ofrecer más, nunca menos.
official-programme-currency = Moneda
official-programme-currency-hint = El salario y el cobro por alojamiento se expresan en esta moneda.
official-programme-wage-per = Se paga
official-programme-guaranteed-hours = Horas de trabajo garantizadas cada semana, como mínimo
official-programme-max-hours = Horas de trabajo por semana, como máximo
official-programme-housing-required = El empleador debe dar alojamiento
official-programme-housing-cap = Lo máximo que se puede cobrar a un trabajador por el alojamiento al mes
official-programme-housing-cap-hint = Déjelo vacío si el alojamiento debe ser gratuito.
official-programme-return-paid = El empleador paga el viaje de regreso
official-programme-rehire = Quienes terminan un contrato son recontratados primero
official-programme-social-security-portable = Las cotizaciones de pensión y seguridad social se pueden llevar al país de origen
official-programme-social-security = Cómo funcionan la pensión y la seguridad social
official-programme-social-security-hint = En palabras sencillas, por ejemplo: un convenio de seguridad social entre los dos países.
official-programme-pathway = El programa puede llevar a la residencia permanente
official-programme-quotas-hint = Plazas disponibles en un periodo, para todas las ocupaciones del programa o un grupo, para cualquier persona o un sexo. Una plaza se ocupa cuando se selecciona a un trabajador en el periodo.
official-programme-add-quota = Añadir un cupo
official-programme-women-share-hint = Un porcentaje, por ejemplo 40. Las rondas óptimas lo respetan; déjelo vacío si no hay mínimo.

## Rondas de emparejamiento
official-rounds-title = Rondas de emparejamiento
official-rounds-intro = Una ronda de emparejamiento une a los trabajadores disponibles que aceptaron el emparejamiento con las ofertas abiertas de un programa. Usted revisa cada pareja y sus motivos, y después confirma la ronda o la descarta.
official-rounds-count = { $count ->
    [one] { $count } ronda
    [many] { $count } rondas
   *[other] { $count } rondas
}
official-rounds-none = Todavía no se ha hecho ninguna ronda en sus programas.
official-rounds-every-programme = Todos los programas
official-rounds-back = Volver a las rondas de emparejamiento
official-round-new = Hacer una ronda de emparejamiento
official-round-new-intro = La ronda es solo una propuesta: no se presenta a nadie hasta que usted la revise y la confirme.
official-round-new-note = En una ronda solo entran los trabajadores que aceptaron el emparejamiento. Hacerla puede tardar unos segundos.
official-round-programme = Programa
official-round-mechanism = Cómo emparejar trabajadores y empleos
official-round-mechanism-optimal = Óptima: la mayor puntuación total
official-round-mechanism-optimal-explained = Cubre las plazas con las parejas que mejor encajan en conjunto, dentro de los cupos del programa y su proporción mínima de mujeres.
official-round-mechanism-stable = Estable: primero lo que eligen los trabajadores
official-round-mechanism-stable-explained = Aceptación diferida: ningún trabajador y empleador preferirían ambos estar emparejados entre sí. No respeta los cupos ni la proporción de mujeres; al confirmar nunca se selecciona a nadie por encima de un cupo.
official-round-run = Hacer la ronda
official-round-choose-programme = Elija el programa
official-round-choose-mechanism = Elija cómo emparejar trabajadores y empleos
official-round-title = Ronda de emparejamiento { $id }
official-round-status-proposed = Pendiente de su decisión
official-round-status-confirmed = Confirmada
official-round-status-discarded = Descartada
official-round-run-on = hecha el { $date }
official-round-decided-on = decidida el { $date }
official-round-filled = { $filled } de { $positions } plazas cubiertas
official-round-total-score = puntuación total { $score }
official-round-summary = Resumen
official-round-notes = Lea esto antes de decidir
official-round-by-sex = Por sexo
official-round-by-origin = Por país de origen
official-round-origin = País
official-round-placed = Con empleo
official-round-in-round = En la ronda
official-round-pairs = { $count ->
    [one] { $count } pareja propuesta
    [many] { $count } parejas propuestas
   *[other] { $count } parejas propuestas
}
official-round-pairs-intro = Cada trabajador con el empleo propuesto, su puntuación y todos sus motivos. Los nombres de ocupaciones e idiomas se muestran en inglés.
official-round-score = Puntuación { $score }
official-round-no-pairs = La ronda no empareja a nadie.
official-round-unfilled = Plazas sin cubrir
official-round-no-unfilled = Todas las plazas están cubiertas.
official-round-unmatched = Trabajadores que se quedan sin empleo
official-round-no-unmatched = Todos los trabajadores de la ronda tienen empleo.
official-round-decide = Su decisión
official-round-decide-intro = Al confirmar se presenta a todos los trabajadores propuestos; al descartar, la ronda se deja de lado y no se presenta a nadie. Las dos cosas son definitivas.
official-round-confirm = Confirmar la ronda
official-round-discard = Descartar la ronda
official-round-confirm-title = Confirmar la ronda de emparejamiento { $id }
official-round-confirm-intro = { $count ->
    [one] Al confirmar se presenta a { $count } trabajador para un empleo de { $programme }.
    [many] Al confirmar se presenta a { $count } trabajadores para empleos de { $programme }.
   *[other] Al confirmar se presenta a { $count } trabajadores para empleos de { $programme }.
}
official-round-consequence-application = Cada trabajador recibe una solicitud para el empleo propuesto, en el paso que elija abajo; el trabajador y el empleador la ven.
official-round-consequence-consent = No se presenta a un trabajador que no aceptó compartir su perfil con empleadores.
official-round-consequence-limits = No se selecciona a nadie por encima de las plazas de una oferta ni de un cupo del programa; esa pareja se deja fuera y queda como estaba.
official-round-consequence-once = Una ronda se confirma una sola vez: no se puede deshacer.
official-round-step = El paso al que se presenta a los trabajadores
official-round-step-shortlisted-explained = El empleador elige entre ellos.
official-round-step-selected-explained = Los trabajadores ocupan sus plazas ahora (y cuentan para los cupos del programa).
official-round-confirm-box = He revisado las parejas y confirmo la ronda
official-round-choose-step = Elija el paso al que se presenta a los trabajadores
official-round-confirm-required = Marque la casilla para confirmar que revisó las parejas.
official-round-confirmed-outcome = { $placed ->
    [one] La ronda está confirmada: { $placed } trabajador presentado como «{ $step }»
    [many] La ronda está confirmada: { $placed } trabajadores presentados como «{ $step }»
   *[other] La ronda está confirmada: { $placed } trabajadores presentados como «{ $step }»
}{ $skipped ->
    [0] .
    [one] ; { $skipped } pareja dejada fuera.
    [many] ; { $skipped } parejas dejadas fuera.
   *[other] ; { $skipped } parejas dejadas fuera.
}
official-round-scope-all = todas las colocaciones
official-round-unfilled-no_eligible_worker = ningún trabajador de la ronda cumple los requisitos
official-round-unfilled-quota_reached = se alcanzó el cupo del grupo CIUO-08 { $group }
official-round-unfilled-candidates_placed_elsewhere = todos los trabajadores que cumplen los requisitos obtuvieron otro empleo
official-round-unfilled-origin_quota_reached = se alcanzó el cupo del país de los trabajadores que cumplen los requisitos
official-round-unfilled-women_share = cubrirla rompería la proporción mínima de mujeres
official-round-unfilled-other_quota = se alcanzó otro cupo
official-round-unmatched-no_eligible_job_order = ningún empleo de la ronda para el que cumpla los requisitos
official-round-unmatched-choices_filled_by_higher_ranked = los empleos que eligió fueron para candidatos mejor clasificados
official-round-unmatched-positions_went_to_higher_total_score = las plazas fueron para parejas con mayor puntuación total
official-round-unmatched-origin_quota_reached = se alcanzó el cupo de trabajadores de { $origin }
official-round-unmatched-women_share = darle empleo rompería la proporción mínima de mujeres
official-round-unmatched-other_quota = se alcanzó otro cupo
official-round-note-quota-exceeded = Cupo superado: { $used } con empleo en { $scope }, { $allowed } permitidos. El mecanismo estable no respeta los cupos; al confirmar no se selecciona a nadie por encima de ellos.
official-round-note-women-met = Se cumple la proporción mínima de mujeres, { $required }: { $achieved }.
official-round-note-women-met-by-leaving-positions-open = Se cumple la proporción mínima de mujeres, { $required } ({ $achieved }), dejando sin cubrir { $positions } plazas que podrían ocupar hombres (puntuación a la que se renuncia: { $score }).
official-round-note-women-unreachable = No se puede cumplir la proporción mínima de mujeres, { $required }: no se puede dar empleo a ninguna mujer que cumpla los requisitos, así que no se da empleo a nadie.
official-round-note-women-not-met = NO se cumple la proporción mínima de mujeres, { $required }: { $achieved }. El mecanismo estable no la respeta; use el óptimo.
official-round-note-not-proven = No está demostrado que sea la mejor: puntuación total { $total }, la mejor posible es como mucho { $bound } (se llegó al límite de búsqueda).

## Infracciones de cobro
official-fees-title = Infracciones de cobro
official-fees-intro = Pagos que incumplieron el principio de que paga el empleador en los programas de su país: un trabajador obligado a pagar una comisión o un costo de contratación, o un soborno, una comisión ilícita, una fianza o una garantía. Cada uno queda registrado.
official-fees-count = { $count ->
    [one] { $count } infracción
    [many] { $count } infracciones
   *[other] { $count } infracciones
}
official-fees-none = No hay ninguna infracción de cobro registrada en los programas de su país.
official-fees-paid-on = Pagado el
official-fees-who = Quién pagó a quién
official-fees-breach = Infracción
official-fees-kind-worker_paid_recruitment_cost = El trabajador pagó una comisión o un costo de contratación
official-fees-kind-illegitimate_cost = Un soborno, una comisión ilícita, una fianza o una garantía

## Registro de auditoría
official-audit-title = Registro de auditoría
official-audit-intro-country = Toda escritura, toda lectura de datos personales y toda denegación que afecta a { $country }: sus programas, sus nacionales y residentes, sus organizaciones y los actos de sus propios funcionarios. Su lectura del registro también queda anotada.
official-audit-intro-all = Toda escritura, toda lectura de datos personales y toda denegación. Su lectura del registro también queda anotada.
official-audit-entity = Tipo de registro
official-audit-entity-hint = Por ejemplo worker, placement, programme, match_round_pairs
official-audit-entity-id = Número del registro
official-audit-action = Acción
official-audit-action-hint = Por ejemplo read, create, update, transition
official-audit-actor = Número de usuario
official-audit-actor-hint = De quién mostrar los actos
official-audit-actor-invalid = Escriba un número de usuario, por ejemplo 12
official-audit-count = { $count ->
    [one] { $count } entrada
    [many] { $count } entradas
   *[other] { $count } entradas
}
official-audit-none = Ninguna entrada coincide.
official-audit-when = Cuándo
official-audit-who = Quién
official-audit-record = Registro
official-audit-outcome = Resultado
official-audit-detail = Detalle
official-audit-user = usuario { $id }
official-audit-system = el sistema
official-audit-personal = datos personales
official-audit-allowed = permitido
official-audit-denied = denegado

## Inscribir a un trabajador
official-register-title = Inscribir a un trabajador
official-register-intro = Para un trabajador de su país que vino en persona, por ejemplo a una oficina de empleo. Después puede entrar para completar su perfil; el perfil es suyo y puede cambiar cada consentimiento.
official-register-consents = Los consentimientos del trabajador
official-register-consents-intro = Lea cada finalidad al trabajador y marque solo lo que acepte, en persona. Puede cambiar cada decisión en cualquier momento.
official-register-submit = Inscribir al trabajador
official-register-done = El trabajador está inscrito.
official-worker-occupations = Ocupaciones
official-worker-consents = Consentimientos
official-worker-consents-note = La última decisión del trabajador sobre cada finalidad. Solo el trabajador las cambia.
official-worker-placements = Solicitudes y colocaciones
official-worker-no-placements = Ninguna solicitud que usted pueda ver.

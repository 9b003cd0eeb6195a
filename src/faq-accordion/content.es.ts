import type { FaqItem } from './faq-item.js';

/** Built-in morning-back-pain FAQ, Spanish. Answers are plain text; a blank line starts a new paragraph. */
const items: FaqItem[] = [
  {
    id: 'why-stiff-in-the-morning',
    question: '¿Por qué siento la espalda rígida al despertar?',
    answer:
      'Mientras duermes, tu espalda se queda quieta durante horas. Las articulaciones y los músculos que casi no se movieron en la noche necesitan unos minutos para volver a entrar en calor.\n\n' +
      'Los discos blandos que hay entre los huesos de la columna también absorben líquido mientras estás acostado, así que por la mañana es cuando están más llenos. Por eso, al principio, agacharte puede sentirse tenso.\n\n' +
      'A muchas personas la rigidez se les quita en menos de media hora después de levantarse y moverse. Si dura más de una hora, o viene con otras señales que te preocupen, consulta a un médico.',
  },
  {
    id: 'does-more-rest-help',
    question: '¿Me ayuda descansar más o quedarme en cama?',
    answer:
      'Por lo general, no. Es normal querer descansar cuando te duele la espalda, pero los reposos largos suelen dejar la espalda más rígida y hacer que tarde más en mejorar.\n\n' +
      'Los estudios sobre el dolor de espalda baja común recomiendan mantenerse tan activo como puedas sin molestias fuertes. Eso no quiere decir aguantar un dolor agudo. Caminar, hacer tareas livianas de la casa y moverte con suavidad cuentan, y tomar pausas cortas para descansar está bien.\n\n' +
      'Con el tiempo, moverte con regularidad ayuda a que tu espalda vuelva a acostumbrarse a las tareas diarias, y las mañanas pueden empezar a sentirse mejor.',
  },
  {
    id: 'does-drinking-water-help',
    question: '¿Tomar poca agua puede empeorar el dolor de espalda por la mañana?',
    answer:
      'Hay poca prueba de eso. Quizá hayas leído que, si te falta agua, los discos de la columna no se vuelven a llenar durante la noche, pero los estudios indican lo contrario. Los discos absorben líquido mientras estás acostado y están más llenos al despertar. Ese volumen extra es una de las razones por las que la espalda puede sentirse tensa a primera hora.\n\n' +
      'Tomar suficiente agua es bueno para tu salud en general, así que sigue haciéndolo. Pero no hay buenas pruebas de que tomar más agua quite la rigidez de la espalda.\n\n' +
      'Unos minutos de movimiento suave al levantarte son un mejor punto de partida.',
  },
  {
    id: 'is-it-arthritis',
    question: '¿La rigidez de espalda por la mañana es señal de artritis?',
    answer:
      'No siempre. La mayor parte de la rigidez matutina se debe a que la espalda estuvo quieta toda la noche, y se alivia poco después de empezar a moverte. Es algo muy común.\n\n' +
      'Algunos tipos de artritis causan hinchazón e irritación en la columna. Hay señales que un médico tal vez quiera revisar: rigidez que dura más de una hora, dolor que te despierta en la segunda mitad de la noche o dolor que mejora con el ejercicio pero no con el reposo.\n\n' +
      'Solo un médico puede encontrar la causa. Si esto te suena familiar, pide una cita y cuéntale cómo son tus mañanas.',
  },
  {
    id: 'should-i-buy-a-new-mattress',
    question: '¿Debo comprar un colchón nuevo porque amanezco con la espalda rígida?',
    answer:
      'Quizá no, al menos no como primer paso. Un colchón viejo y hundido puede influir, pero casi nunca es toda la historia. Qué tan bien se mueve tu espalda, qué tan fuertes son los músculos que la rodean y qué tan activo estás durante el día suelen importar más.\n\n' +
      'No existe un único colchón ideal para el dolor de espalda. Elige uno que te resulte cómodo. A muchas personas les va bien uno de firmeza media.\n\n' +
      'Antes de gastar mucho dinero, intenta moverte más durante el día y observa si tus mañanas cambian.',
  },
  {
    id: 'when-to-see-a-doctor',
    question: '¿Cuándo debo ver primero a un médico?',
    answer:
      'Busca atención de emergencia de inmediato (llama al número de emergencias local o ve a la sala de emergencias) si tienes dolor de espalda con cualquiera de estas señales: adormecimiento u hormigueo alrededor de las nalgas, los genitales o el interior de los muslos; problemas nuevos para orinar o evacuar, o escapes de orina o heces; o debilidad, adormecimiento o dolor en ambas piernas.\n\n' +
      'Ve a un médico pronto si además tienes fiebre, bajas de peso sin explicación o has tenido cáncer. Lo mismo si la rigidez dura más de una hora o si el dolor te despierta en la segunda mitad de la noche y se alivia al levantarte.\n\n' +
      'Si tienes dudas, consulta a un médico.',
  },
  {
    id: 'how-does-physical-therapy-help',
    question: '¿Cómo puede ayudar la fisioterapia con el dolor de espalda por la mañana?',
    answer:
      'Un fisioterapeuta empieza por hacerte preguntas y observar cómo te mueves. Así puede encontrar lo que quizá esté sumando a tu rigidez, como articulaciones rígidas, caderas tensas o músculos que se cansan rápido.\n\n' +
      'Luego arman un plan juntos. Puede incluir ejercicios para que la columna y las caderas se muevan con más libertad, trabajo de fuerza para los músculos que sostienen la espalda y un regreso paso a paso a las actividades que te importan.\n\n' +
      'Los resultados son distintos para cada persona, y nadie puede prometer una cura. La meta es ayudar a que tu espalda maneje mejor la vida diaria.',
  },
];
export default items;

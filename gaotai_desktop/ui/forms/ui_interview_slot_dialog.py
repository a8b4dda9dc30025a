# Generated from forms/interview_slot_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_slot_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_InterviewSlotDialog(object):
    def setupUi(self, InterviewSlotDialog):
        if not InterviewSlotDialog.objectName():
            InterviewSlotDialog.setObjectName(u"InterviewSlotDialog")
        InterviewSlotDialog.resize(460, 260)
        self.mainLayout = QVBoxLayout(InterviewSlotDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.enterpriseLabel = QLabel(InterviewSlotDialog)
        self.enterpriseLabel.setObjectName(u"enterpriseLabel")
        self.enterpriseLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.enterpriseLabel)

        self.slotForm = QFormLayout()
        self.slotForm.setObjectName(u"slotForm")
        self.dateLabel = QLabel(InterviewSlotDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.slotForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = QDateEdit(InterviewSlotDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.dateEdit)

        self.weekdayLabel = QLabel(InterviewSlotDialog)
        self.weekdayLabel.setObjectName(u"weekdayLabel")

        self.dateLayout.addWidget(self.weekdayLabel)

        self.dateSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.slotForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.timeLabel = QLabel(InterviewSlotDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.slotForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeCombo = QComboBox(InterviewSlotDialog)
        self.timeCombo.setObjectName(u"timeCombo")

        self.slotForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeCombo)

        self.roomLabel = QLabel(InterviewSlotDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.slotForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(InterviewSlotDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.slotForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roomCombo)


        self.mainLayout.addLayout(self.slotForm)

        self.hintLabel = QLabel(InterviewSlotDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(InterviewSlotDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(InterviewSlotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeCombo)
        self.roomLabel.setBuddy(self.roomCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.timeCombo)
        QWidget.setTabOrder(self.timeCombo, self.roomCombo)

        self.retranslateUi(InterviewSlotDialog)

        QMetaObject.connectSlotsByName(InterviewSlotDialog)
    # setupUi

    def retranslateUi(self, InterviewSlotDialog):
        InterviewSlotDialog.setWindowTitle(QCoreApplication.translate("InterviewSlotDialog", u"\u66f4\u6539\u7ea6\u8c08\u5b89\u6392", None))
        self.dateLabel.setText(QCoreApplication.translate("InterviewSlotDialog", u"\u7ea6\u8c08\u65e5\u671f(&D)", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("InterviewSlotDialog", u"yyyy-MM-dd", None))
        self.timeLabel.setText(QCoreApplication.translate("InterviewSlotDialog", u"\u5f00\u59cb\u65f6\u95f4(&T)", None))
        self.roomLabel.setText(QCoreApplication.translate("InterviewSlotDialog", u"\u7ea6\u8c08\u5730\u70b9(&L)", None))
    # retranslateUi

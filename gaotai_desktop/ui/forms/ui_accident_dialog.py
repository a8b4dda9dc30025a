# Generated from forms/accident_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accident_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_AccidentDialog(object):
    def setupUi(self, AccidentDialog):
        if not AccidentDialog.objectName():
            AccidentDialog.setObjectName(u"AccidentDialog")
        AccidentDialog.resize(820, 680)
        self.mainLayout = QVBoxLayout(AccidentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.usccLabel = QLabel(AccidentDialog)
        self.usccLabel.setObjectName(u"usccLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usccLabel)

        self.usccLayout = QVBoxLayout()
        self.usccLayout.setSpacing(2)
        self.usccLayout.setObjectName(u"usccLayout")
        self.usccEdit = QLineEdit(AccidentDialog)
        self.usccEdit.setObjectName(u"usccEdit")

        self.usccLayout.addWidget(self.usccEdit)

        self.enterpriseNameLabel = QLabel(AccidentDialog)
        self.enterpriseNameLabel.setObjectName(u"enterpriseNameLabel")
        self.enterpriseNameLabel.setWordWrap(True)

        self.usccLayout.addWidget(self.enterpriseNameLabel)

        self.usccError = QLabel(AccidentDialog)
        self.usccError.setObjectName(u"usccError")
        self.usccError.setWordWrap(True)

        self.usccLayout.addWidget(self.usccError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.usccLayout)

        self.dateLabel = QLabel(AccidentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QVBoxLayout()
        self.dateLayout.setSpacing(2)
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = DateEdit(AccidentDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateLayout.addWidget(self.dateEdit)

        self.dateError = QLabel(AccidentDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.dateLayout.addWidget(self.dateError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.accidentNoLabel = QLabel(AccidentDialog)
        self.accidentNoLabel.setObjectName(u"accidentNoLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.accidentNoLabel)

        self.accidentNoLayout = QVBoxLayout()
        self.accidentNoLayout.setSpacing(2)
        self.accidentNoLayout.setObjectName(u"accidentNoLayout")
        self.accidentNoEdit = QLineEdit(AccidentDialog)
        self.accidentNoEdit.setObjectName(u"accidentNoEdit")

        self.accidentNoLayout.addWidget(self.accidentNoEdit)

        self.accidentNoError = QLabel(AccidentDialog)
        self.accidentNoError.setObjectName(u"accidentNoError")
        self.accidentNoError.setWordWrap(True)

        self.accidentNoLayout.addWidget(self.accidentNoError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.accidentNoLayout)

        self.placeLabel = QLabel(AccidentDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeLayout = QVBoxLayout()
        self.placeLayout.setSpacing(2)
        self.placeLayout.setObjectName(u"placeLayout")
        self.placeEdit = QLineEdit(AccidentDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.placeLayout.addWidget(self.placeEdit)

        self.placeError = QLabel(AccidentDialog)
        self.placeError.setObjectName(u"placeError")
        self.placeError.setWordWrap(True)

        self.placeLayout.addWidget(self.placeError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.placeLayout)

        self.categoryLabel = QLabel(AccidentDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryLayout = QVBoxLayout()
        self.categoryLayout.setSpacing(2)
        self.categoryLayout.setObjectName(u"categoryLayout")
        self.categoryCombo = QComboBox(AccidentDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.categoryLayout.addWidget(self.categoryCombo)

        self.categoryError = QLabel(AccidentDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setWordWrap(True)

        self.categoryLayout.addWidget(self.categoryError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.categoryLayout)

        self.descriptionLabel = QLabel(AccidentDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(AccidentDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.personsGroup = QGroupBox(AccidentDialog)
        self.personsGroup.setObjectName(u"personsGroup")
        self.personsLayout = QVBoxLayout(self.personsGroup)
        self.personsLayout.setObjectName(u"personsLayout")
        self.personsTable = QTableWidget(self.personsGroup)
        if (self.personsTable.columnCount() < 4):
            self.personsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.personsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.personsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.personsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.personsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.personsTable.setObjectName(u"personsTable")
        self.personsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.personsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.personsTable.setTabKeyNavigation(False)

        self.personsLayout.addWidget(self.personsTable)

        self.personButtonsLayout = QHBoxLayout()
        self.personButtonsLayout.setObjectName(u"personButtonsLayout")
        self.addPersonButton = QPushButton(self.personsGroup)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.personButtonsLayout.addWidget(self.addPersonButton)

        self.removePersonButton = QPushButton(self.personsGroup)
        self.removePersonButton.setObjectName(u"removePersonButton")

        self.personButtonsLayout.addWidget(self.removePersonButton)

        self.personButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personButtonsLayout.addItem(self.personButtonsSpacer)


        self.personsLayout.addLayout(self.personButtonsLayout)

        self.personsError = QLabel(self.personsGroup)
        self.personsError.setObjectName(u"personsError")
        self.personsError.setWordWrap(True)

        self.personsLayout.addWidget(self.personsError)


        self.mainLayout.addWidget(self.personsGroup)

        self.generalError = QLabel(AccidentDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(AccidentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.usccLabel.setBuddy(self.usccEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.accidentNoLabel.setBuddy(self.accidentNoEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usccEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.accidentNoEdit)
        QWidget.setTabOrder(self.accidentNoEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.personsTable)
        QWidget.setTabOrder(self.personsTable, self.addPersonButton)
        QWidget.setTabOrder(self.addPersonButton, self.removePersonButton)

        self.retranslateUi(AccidentDialog)

        QMetaObject.connectSlotsByName(AccidentDialog)
    # setupUi

    def retranslateUi(self, AccidentDialog):
        AccidentDialog.setWindowTitle(QCoreApplication.translate("AccidentDialog", u"\u4e8b\u6545\u767b\u8bb0", None))
        self.usccLabel.setText(QCoreApplication.translate("AccidentDialog", u"\u4f01\u4e1a\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801(&C)*", None))
        self.usccEdit.setPlaceholderText(QCoreApplication.translate("AccidentDialog", u"\u8f93\u5165\u4ee3\u7801\u6216\u4f01\u4e1a\u540d\u79f0\uff0c\u4ece\u5217\u8868\u4e2d\u9009\u62e9", None))
        self.dateLabel.setText(QCoreApplication.translate("AccidentDialog", u"\u4e8b\u6545\u65e5\u671f(&D)*", None))
        self.accidentNoLabel.setText(QCoreApplication.translate("AccidentDialog", u"\u4e8b\u6545\u7f16\u53f7(&B)", None))
        self.accidentNoEdit.setPlaceholderText(QCoreApplication.translate("AccidentDialog", u"\u53ef\u4e0d\u586b", None))
        self.placeLabel.setText(QCoreApplication.translate("AccidentDialog", u"\u4e8b\u6545\u5730\u70b9(&P)", None))
        self.categoryLabel.setText(QCoreApplication.translate("AccidentDialog", u"\u4e8b\u6545\u7c7b\u522b(&K)", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AccidentDialog", u"\u4e8b\u6545\u7ecf\u8fc7(&J)", None))
        self.personsGroup.setTitle(QCoreApplication.translate("AccidentDialog", u"\u4f24\u8005\uff08\u4e00\u8d77\u4e8b\u6545\u53ef\u6709\u591a\u540d\u4f24\u8005\uff09", None))
        ___qtablewidgetitem = self.personsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AccidentDialog", u"\u4f24\u8005\u59d3\u540d*", None))
        ___qtablewidgetitem1 = self.personsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AccidentDialog", u"\u8eab\u4efd\u8bc1\u53f7", None))
        ___qtablewidgetitem2 = self.personsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AccidentDialog", u"\u4f24\u5bb3\u7a0b\u5ea6", None))
        ___qtablewidgetitem3 = self.personsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AccidentDialog", u"\u8ba4\u5b9a\u7ed3\u8bba", None))
        self.addPersonButton.setText(QCoreApplication.translate("AccidentDialog", u"\u6dfb\u52a0\u4f24\u8005(&A)", None))
        self.removePersonButton.setText(QCoreApplication.translate("AccidentDialog", u"\u5220\u9664\u6240\u9009\u4f24\u8005(&R)", None))
    # retranslateUi
